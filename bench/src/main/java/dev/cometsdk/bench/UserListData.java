package dev.cometsdk.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cometsdk.client.model.UserProfileConfig;
import dev.cometsdk.runtime.CometJson;
import dev.cometsdk.spec.BundledSpecs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The data set of the decoding benchmark: 2,000 profiles of 3 to 5 KiB, made from a fixed seed,
 * and checked before use: the typed decode must keep every field (nothing lands among the unknown
 * fields, and writing the typed value back gives the same JSON tree).
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.cometsdk.bench.UserListData} prints its
 * statistics.
 */
final class UserListData {
  static final int USERS = 2_000;
  static final long SEED = 20250601L;

  /** The type {@code CometClient.adminListUsersFull()} decodes with. */
  static final TypeReference<Map<String, UserProfileConfig>> TYPED = new TypeReference<>() { };

  private static volatile byte[] body;

  private UserListData() {
  }

  /** The response body (about 8 MB), made once per JVM and checked. */
  static byte[] body() {
    byte[] b = body;
    if (b == null) {
      synchronized (UserListData.class) {
        b = body;
        if (b == null) {
          b = new ProfileFactory(BundledSpecs.catalog().loadNewest(), SEED).listUsersFull(USERS);
          check(b);
          body = b;
        }
      }
    }
    return b;
  }

  /** Fails unless the typed decode reads every field of every profile. */
  static void check(byte[] json) {
    try {
      ObjectMapper plain = new ObjectMapper();
      Map<String, UserProfileConfig> typed = CometJson.mapper().readValue(json, TYPED);
      if (typed.size() != USERS) {
        throw new IllegalStateException("expected " + USERS + " users, decoded " + typed.size());
      }
      for (UserProfileConfig profile : typed.values()) {
        if (!profile.getAdditionalProperties().isEmpty()) {
          throw new IllegalStateException("unknown fields " + profile.getAdditionalProperties().keySet());
        }
      }
      JsonNode original = plain.readTree(json);
      JsonNode roundTrip = plain.readTree(CometJson.mapper().writeValueAsBytes(typed));
      if (!original.equals(roundTrip)) {
        throw new IllegalStateException("the typed decode does not write back the same JSON, at "
            + firstDifference("$", original, roundTrip));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstDifference(String path, JsonNode a, JsonNode b) {
    if (a.isObject() && b.isObject()) {
      java.util.Set<String> keys = new java.util.LinkedHashSet<>();
      a.fieldNames().forEachRemaining(keys::add);
      b.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        JsonNode x = a.get(key);
        JsonNode y = b.get(key);
        if (x == null || y == null) {
          return path + "." + key + " (" + x + " vs " + y + ")";
        }
        if (!x.equals(y)) {
          return firstDifference(path + "." + key, x, y);
        }
      }
    }
    if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        if (!a.get(i).equals(b.get(i))) {
          return firstDifference(path + "[" + i + "]", a.get(i), b.get(i));
        }
      }
    }
    return path + " (" + a + " vs " + b + ")";
  }

  public static void main(String[] args) throws IOException {
    byte[] json = body();
    JsonNode tree = new ObjectMapper().readTree(json);
    List<Integer> sizes = new ArrayList<>();
    ProfileFactory writer = new ProfileFactory(BundledSpecs.catalog().loadNewest(), 0);
    int destinations = 0;
    int sources = 0;
    int devices = 0;
    int rules = 0;
    int withDevice = 0;
    int withVault = 0;
    for (Iterator<JsonNode> it = tree.elements(); it.hasNext(); ) {
      JsonNode profile = it.next();
      sizes.add(writer.bytes(profile).length);
      destinations += profile.get("Destinations").size();
      sources += profile.get("Sources").size();
      devices += profile.get("Devices").size();
      rules += profile.get("BackupRules").size();
      withDevice += profile.get("Devices").size() > 0 ? 1 : 0;
      withVault += profile.get("Destinations").size() > 0 ? 1 : 0;
    }
    Collections.sort(sizes);
    System.out.printf("%d profiles, %d bytes (%.2f MB); profile size min %d, median %d, max %d bytes;%n",
        tree.size(), json.length, json.length / 1e6, sizes.get(0), sizes.get(sizes.size() / 2),
        sizes.get(sizes.size() - 1));
    double n = tree.size();
    System.out.printf("per profile: %.2f storage vaults, %.2f protected items, %.2f backup rules, %.2f devices;"
        + " %.0f%% have a vault, %.0f%% a device; typed round trip OK%n", destinations / n, sources / n, rules / n,
        devices / n, 100 * withVault / n, 100 * withDevice / n);
    if (args.length > 0) {
      System.out.println(new String(writer.bytes(tree.elements().next()), java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
