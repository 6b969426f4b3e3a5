package dev.cometsdk.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.ConstantValue;
import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.PrimitiveType;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic {@code AdminListUsersFull} responses, made deterministically from a seed.
 *
 * <p>The shape comes from the spec, the way a Comet Server (written in Go) writes it: every field
 * of a struct is present in spec order with its zero value ({@code ""}, {@code 0}, {@code false},
 * {@code []}, {@code {}}, a nested struct with its own zero fields) unless it is marked
 * {@code omitEmpty}, in which case it is present only when set. On top of that, the fields that
 * matter carry plausible values: names, e-mail addresses, time zones, storage vaults with keys and
 * retention rules, protected items with engine properties and job statistics, backup rules with
 * schedules, devices with their OS, and a policy; numeric codes come from the spec's constants.
 *
 * <p>Each profile is drawn again (with the next random numbers) until its JSON is between 3 and 5
 * KiB, so the sizes are what the benchmark promises.
 */
final class ProfileFactory {
  static final int MIN_BYTES = 3 * 1024;
  static final int MAX_BYTES = 5 * 1024;

  private static final String[] FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
      "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Lukas",
      "Sofia", "Mateo", "Emma", "Noah", "Olivia", "Hiro", "Yuki", "Aarav", "Priya", "Liam", "Chloe"};
  private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
      "Rodriguez", "Martinez", "Muller", "Schmidt", "Rossi", "Dubois", "Tanaka", "Sato", "Patel", "Singh", "Nguyen",
      "Kowalski", "Jansen", "Silva", "OBrien", "Murphy", "Andersson"};
  private static final String[] COMPANIES = {"acme-dental", "northwind", "bluepeak-law", "riverside-clinic",
      "oakridge-accounting", "harbor-logistics", "summit-realty", "greenleaf-school", "ironbridge-eng", "citrus-media"};
  private static final String[] ZONES = {"Europe/Berlin", "America/New_York", "Australia/Sydney", "Europe/London",
      "America/Los_Angeles", "Asia/Tokyo", "America/Chicago", "Europe/Paris", "Pacific/Auckland", "UTC"};
  private static final String[] LANGUAGES = {"en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "ja_JP"};
  private static final String[] WINDOWS = {"Windows 11 Pro", "Windows 10 Pro", "Windows Server 2022 Standard",
      "Windows Server 2019 Datacenter"};
  private static final long NOW = 1_748_736_000L;  // 2025-06-01, fixed so that the data never changes

  private final ApiSpec spec;
  private final Random random;
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final ObjectMapper mapper = new ObjectMapper();

  ProfileFactory(ApiSpec spec, long seed) {
    this.spec = spec;
    this.random = new Random(seed);
  }

  /** The body of {@code AdminListUsersFull}: {@code users} profiles keyed by user name. */
  byte[] listUsersFull(int users) {
    ObjectNode all = nodes.objectNode();
    for (int i = 0; i < users; i++) {
      ObjectNode profile;
      do {
        profile = profile(i);
      } while (!fits(profile));
      all.set(profile.get("Username").asText(), profile);
    }
    return bytes(all);
  }

  /** One profile (of any size). */
  ObjectNode profile(int index) {
    String first = pick(FIRST);
    String last = pick(LAST);
    String company = pick(COMPANIES);
    String username = (first.charAt(0) + last).toLowerCase() + "-" + String.format("%04d", index);
    long created = NOW - 86_400L * (30 + random.nextInt(1500));

    // A mix of accounts: some set up with a storage vault but no device yet, some with a device
    // and its protected items, some with both; a backup rule (schedule) for about half the items.
    int deviceCount = random.nextInt(20) < 11 ? 1 : 0;
    Map<String, String> devices = new LinkedHashMap<>();
    for (int i = 0; i < deviceCount; i++) {
      devices.put(hex(64), random.nextInt(4) == 0 ? "MacBook-" + first : "DESKTOP-" + upperAlnum(7));
    }
    int vaultCount = random.nextInt(4) == 0 ? 0 : 1;
    Map<String, JsonNode> destinations = new LinkedHashMap<>();
    for (int i = 0; i < vaultCount; i++) {
      destinations.put(guid(), destination(company, created, devices));
    }
    Map<String, JsonNode> sources = new LinkedHashMap<>();
    Map<String, JsonNode> rules = new LinkedHashMap<>();
    for (String device : devices.keySet()) {
      int items = random.nextInt(5) == 0 ? 2 : 1;
      for (int i = 0; i < items; i++) {
        String sourceId = guid();
        sources.put(sourceId, source(device, first, created, sourceId, destinations));
        if (!destinations.isEmpty() && random.nextBoolean()) {
          rules.put(guid(), backupRule(sourceId, destinations.keySet().iterator().next(), created));
        }
      }
    }
    // An older account whose protected item predates device association (SupportsDeviceAssociations
    // false): an item with no owning device, backed up on a schedule.
    boolean legacy = devices.isEmpty() && !destinations.isEmpty() && random.nextInt(3) != 0;
    if (legacy) {
      String sourceId = guid();
      sources.put(sourceId, source("", first, created, sourceId, destinations));
      rules.put(guid(), backupRule(sourceId, destinations.keySet().iterator().next(), created));
    }
    Map<String, JsonNode> deviceNodes = new LinkedHashMap<>();
    for (Map.Entry<String, String> device : devices.entrySet()) {
      deviceNodes.put(device.getKey(), device(device.getValue(), created, sources));
    }

    Map<String, JsonNode> p = new LinkedHashMap<>();
    p.put("Username", text(username));
    p.put("AccountName", text(first + " " + last));
    p.put("LocalTimezone", text(pick(ZONES)));
    p.put("LanguageCode", text(pick(LANGUAGES)));
    if (random.nextInt(3) == 0) {
      p.put("OrganizationID", text(hex(26)));
    }
    ArrayNode emails = nodes.arrayNode();
    emails.add(first.toLowerCase() + "." + last.toLowerCase() + "@" + company + ".com");
    if (random.nextInt(4) == 0) {
      emails.add("it-alerts@" + company + ".com");
    }
    p.put("Emails", emails);
    p.put("SendEmailReports", bool(random.nextInt(10) < 7));
    p.put("Destinations", map(destinations));
    p.put("SupportsDeviceAssociations", bool(!legacy));
    p.put("Sources", map(sources));
    p.put("BackupRules", map(rules));
    p.put("Devices", map(deviceNodes));
    boolean suspended = random.nextInt(40) == 0;
    p.put("IsSuspended", bool(suspended));
    if (suspended) {
      p.put("LastSuspended", number(NOW - random.nextInt(2_000_000)));
    }
    boolean quota = random.nextInt(3) == 0;
    p.put("AllProtectedItemsQuotaEnabled", bool(quota));
    p.put("AllProtectedItemsQuotaBytes", number(quota ? (50L + random.nextInt(950)) << 30 : 0));
    p.put("MaximumDevices", number(random.nextInt(3) == 0 ? 5 : 0));
    p.put("QuotaOffice365ProtectedAccounts", number(random.nextInt(5) == 0 ? 25 : 0));
    String policyId = random.nextInt(3) == 0 ? "" : guid();
    p.put("PolicyID", text(policyId));
    p.put("Policy", policy(policyId.isEmpty()));
    p.put("PasswordFormat", number(random.nextInt(2) == 0 ? 11 : 12));
    p.put("PasswordHash", text("$2a$10$" + base64(53)));
    if (random.nextInt(5) == 0) {
      p.put("PasswordRecovery", text(base64(72)));
    }
    p.put("AllowPasswordLogin", bool(true));
    boolean totp = random.nextInt(4) == 0;
    p.put("AllowPasswordAndTOTPLogin", bool(totp));
    p.put("TOTPKeyEncryptionFormat", number(totp ? 2 : 0));
    p.put("TOTPKey", text(totp ? base64(44) : ""));
    p.put("RequirePasswordChange", bool(random.nextInt(20) == 0));
    p.put("CreateTime", number(created));
    p.put("CreationGUID", text(guid()));
    return struct("UserProfileConfig", p);
  }

  private JsonNode destination(String company, long created, Map<String, String> devices) {
    Map<String, JsonNode> d = new LinkedHashMap<>();
    int kind = random.nextInt(10);
    d.put("CreateTime", number(created + random.nextInt(86_400)));
    d.put("ModifyTime", number(created + random.nextInt(86_400 * 60)));
    if (kind < 6) {
      d.put("Description", text("Comet Storage"));
      d.put("DestinationType", constant("DESTINATIONTYPE_COMET"));
      d.put("CometServer", text("https://backup." + company + "-msp.net/"));
      d.put("CometBucket", text(hex(32)));
      d.put("CometBucketKey", text(base64(32)));
    } else if (kind < 9) {
      d.put("Description", text("Wasabi (us-east-2)"));
      d.put("DestinationType", constant("DESTINATIONTYPE_S3"));
      d.put("S3Server", text("s3.us-east-2.wasabisys.com"));
      d.put("S3UsesTLS", bool(true));
      d.put("S3AccessKey", text(upperAlnum(20)));
      d.put("S3SecretKey", text(base64(40)));
      d.put("S3BucketName", text("backup-" + company));
      d.put("S3Subdir", text(hex(8)));
    } else {
      d.put("Description", text("NAS"));
      d.put("DestinationType", constant("DESTINATIONTYPE_SMB"));
      d.put("SMB", struct("SMBDestinationLocation", Map.of(
          "SMBServer", text("192.168.1." + (10 + random.nextInt(200))),
          "SMBShare", text("backup"),
          "SMBDirectory", text(company),
          "SMBUsername", text("backupsvc"),
          "SMBPassword", text(base64(16)))));
    }
    d.put("EncryptionKeyEncryptionMethod", number(2));
    d.put("EncryptedEncryptionKey", text(base64(88)));
    d.put("RepoInitTimestamp", number(created + 600));
    boolean limit = random.nextInt(4) == 0;
    d.put("StorageLimitEnabled", bool(limit));
    d.put("StorageLimitBytes", number(limit ? 500L << 30 : 0));
    if (random.nextBoolean()) {
      long size = (long) (random.nextDouble() * 400e9);
      d.put("Statistics", struct("DestinationStatistics", Map.of(
          "ClientProvidedSize", struct("SizeMeasurement", Map.of(
              "Size", number(size),
              "MeasureStarted", number(NOW - 7200),
              "MeasureCompleted", number(NOW - 7100))))));
    }
    d.put("DefaultRetention", retention());
    d.put("AssociatedDevices", strings(devices.keySet().toArray(String[]::new)));
    return struct("DestinationConfig", d);
  }

  private JsonNode retention() {
    if (random.nextInt(3) == 0) {
      return struct("RetentionPolicy", Map.of("Mode", constant("RETENTIONMODE_KEEP_EVERYTHING")));
    }
    ArrayNode ranges = nodes.arrayNode();
    ranges.add(struct("RetentionRange", Map.of(
        "Type", constant("RETENTIONRANGE_MOST_RECENT_X_JOBS"),
        "Jobs", number(10 + random.nextInt(20)))));
    ranges.add(struct("RetentionRange", Map.of(
        "Type", constant("RETENTIONRANGE_FIRST_JOB_FOR_EACH_LAST_X_DAYS"),
        "Days", number(30))));
    return struct("RetentionPolicy", Map.of(
        "Mode", constant("RETENTIONMODE_DELETE_EXCEPT"),
        "Ranges", ranges));
  }

  private JsonNode source(String device, String first, long created, String sourceId,
                          Map<String, JsonNode> destinations) {
    Map<String, JsonNode> s = new LinkedHashMap<>();
    ObjectNode props = nodes.objectNode();
    int kind = random.nextInt(10);
    if (kind < 6) {
      s.put("Engine", constant("ENGINE_BUILTIN_FILE"));
      s.put("Description", text(kind < 3 ? "Documents and Desktop" : "Company files"));
      props.put("INCLUDE0", "C:\\Users\\" + first + "\\Documents");
      props.put("INCLUDE1", "C:\\Users\\" + first + "\\Desktop");
      props.put("EXCLUDE0", "*.tmp");
      props.put("USE_WIN_VSS", "1");
    } else if (kind < 8) {
      s.put("Engine", constant("ENGINE_BUILTIN_WINDOWSSYSTEM"));
      s.put("Description", text("System State"));
    } else {
      s.put("Engine", constant("ENGINE_BUILTIN_MSSQL"));
      s.put("Description", text("SQL Server"));
      props.put("CONNECTION_TYPE", "windows");
      props.put("INSTANCE", "MSSQLSERVER");
    }
    s.put("OwnerDevice", text(device));
    s.put("CreateTime", number(created + 3600));
    s.put("ModifyTime", number(created + random.nextInt(86_400 * 90)));
    s.put("EngineProps", props);
    if (!destinations.isEmpty() && random.nextInt(4) == 0) {
      String destination = destinations.keySet().iterator().next();
      long start = NOW - random.nextInt(86_400);
      s.put("Statistics", struct("SourceStatistics", Map.of(
          "LastStartTime", number(start),
          "LastBackupJob", struct("BackupJobDetail", Map.ofEntries(
              Map.entry("GUID", text(guid())),
              Map.entry("Username", text(first.toLowerCase())),
              Map.entry("Classification", constant("JOB_CLASSIFICATION_BACKUP")),
              Map.entry("Status", constant("JOB_STATUS_STOP_SUCCESS")),
              Map.entry("StartTime", number(start)),
              Map.entry("EndTime", number(start + 60 + random.nextInt(3600))),
              Map.entry("SourceGUID", text(sourceId)),
              Map.entry("DestinationGUID", text(destination)),
              Map.entry("DeviceID", text(device)),
              Map.entry("ClientVersion", text("25.6.8")),
              Map.entry("TotalDirectories", number(random.nextInt(5000))),
              Map.entry("TotalFiles", number(random.nextInt(90_000))),
              Map.entry("TotalSize", number((long) (random.nextDouble() * 80e9))),
              Map.entry("TotalChunks", number(random.nextInt(20_000))),
              Map.entry("UploadSize", number(random.nextInt(500_000_000))))))));
    }
    return struct("SourceConfig", s);
  }

  private JsonNode backupRule(String source, String destination, long created) {
    int hour = 18 + random.nextInt(6);
    ArrayNode schedules = nodes.arrayNode();
    schedules.add(struct("ScheduleConfig", Map.of(
        "FrequencyType", constant("SCHEDULE_FREQUENCY_DAILY"),
        "SecondsPast", number(hour * 3600L + 60L * random.nextInt(60)),
        "RandomDelaySecs", number(random.nextInt(2) * 1800))));
    return struct("BackupRuleConfig", Map.of(
        "Description", text("Nightly backup"),
        "CreateTime", number(created + 3700),
        "ModifyTime", number(created + 3700),
        "Source", text(source),
        "Destination", text(destination),
        "SkipAlreadyRunning", bool(true),
        "Schedules", schedules,
        "EventTriggers", struct("BackupRuleEventTriggers", Map.of(
            "OnLastJobFailDoRetry", bool(true),
            "LastJobFailDoRetryCount", number(2),
            "LastJobFailDoRetryTime", number(600)))));
  }

  private JsonNode device(String name, long created, Map<String, JsonNode> sources) {
    boolean mac = name.startsWith("MacBook");
    Map<String, JsonNode> info = new LinkedHashMap<>();
    info.put("version", text(mac ? "14.5" : "10.0"));
    info.put("distribution", text(mac ? "macOS Sonoma" : pick(WINDOWS)));
    info.put("build", text(mac ? "23F79" : String.valueOf(19045 + random.nextInt(3600))));
    info.put("os", text(mac ? "darwin" : "windows"));
    info.put("arch", text(mac ? "arm64" : "amd64"));
    Map<String, JsonNode> basics = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> source : sources.entrySet()) {
      JsonNode s = source.getValue();
      basics.put(source.getKey(), struct("SourceBasicInfo", Map.of(
          "Engine", s.get("Engine"),
          "Description", s.get("Description"),
          "Size", number((long) (random.nextDouble() * 90e9)))));
    }
    Map<String, JsonNode> d = new LinkedHashMap<>();
    d.put("FriendlyName", text(name));
    d.put("RegistrationTime", number(created + 1800));
    d.put("PlatformVersion", struct("OSInfo", info));
    d.put("Sources", map(basics));
    d.put("DeviceTimezone", text(pick(ZONES)));
    d.put("ClientVersion", text(random.nextBoolean() ? "25.6.8" : "24.12.3"));
    return struct("DeviceConfig", d);
  }

  private JsonNode policy(boolean empty) {
    if (empty) {
      return struct("UserPolicy", Map.of());
    }
    return struct("UserPolicy", Map.of(
        "PreventDeleteStorageVault", bool(true),
        "HideCloudStorageBranding", bool(random.nextBoolean()),
        "PreventDeleteSingleSnapshots", bool(true),
        "DefaultStorageVaultRetention", retention(),
        "ModeScheduleSkipAlreadyRunning", constant("SETTING_OPTIONAL_DEFAULT_ON"),
        "ProtectedItemEngineTypes", struct("ProtectedItemEngineTypePolicy", Map.of(
            "ShouldRestrictEngineTypeList", bool(true),
            "AllowedEngineTypeWhenRestricted", strings("engine1/file", "engine1/windowssystem",
                "engine1/mssql")))));
  }

  // ---- the spec-driven part: every field, in spec order, zero unless given ----

  /** The struct {@code type} as a Go server writes it, with {@code values} by JSON key. */
  ObjectNode struct(String type, Map<String, JsonNode> values) {
    TypeDeclaration declaration = spec.type(type)
        .orElseThrow(() -> new IllegalArgumentException("no type " + type + " in " + spec));
    if (!(declaration instanceof TypeDeclaration.Struct struct)) {
      throw new IllegalArgumentException(type + " is not a struct");
    }
    for (String key : values.keySet()) {
      if (struct.fieldByJsonName(key).isEmpty()) {
        throw new IllegalArgumentException(type + " has no field " + key);
      }
    }
    ObjectNode node = nodes.objectNode();
    for (Field field : struct.fields()) {
      JsonNode value = values.get(field.jsonName());
      if (value != null && !(field.omitEmpty() && isEmpty(value))) {
        node.set(field.jsonName(), value);
      } else if (!field.omitEmpty()) {
        node.set(field.jsonName(), zero(field.type()));
      }
    }
    return node;
  }

  /** What Go's {@code omitempty} leaves out: zero, false, "" and empty lists and maps. */
  private static boolean isEmpty(JsonNode value) {
    return value.isNull() || (value.isNumber() && value.asDouble() == 0) || (value.isBoolean() && !value.asBoolean())
        || (value.isTextual() && value.asText().isEmpty()) || (value.isContainerNode() && value.isEmpty());
  }

  private JsonNode zero(TypeRef type) {
    TypeRef resolved = spec.resolveAliases(type);
    if (resolved instanceof PrimitiveType primitive) {
      if (primitive.isInteger()) {
        return nodes.numberNode(0);
      }
      return switch (primitive) {
        case STRING, BYTES -> nodes.textNode("");
        case BOOL -> nodes.booleanNode(false);
        case FLOAT32, FLOAT64 -> nodes.numberNode(0.0);
        default -> nodes.nullNode();
      };
    }
    if (resolved instanceof TypeRef.ListType) {
      return nodes.arrayNode();
    }
    if (resolved instanceof TypeRef.MapType) {
      return nodes.objectNode();
    }
    if (resolved instanceof TypeRef.NamedType named) {
      return struct(named.name(), Map.of());
    }
    return nodes.nullNode();
  }

  private JsonNode constant(String name) {
    ConstantValue value = spec.constant(name)
        .orElseThrow(() -> new IllegalArgumentException("no constant " + name)).value();
    if (value instanceof ConstantValue.IntegerValue integer) {
      return nodes.numberNode(integer.value().longValueExact());
    }
    return nodes.textNode(((ConstantValue.StringValue) value).value());
  }

  // ---- small helpers ----

  private boolean fits(ObjectNode profile) {
    int size = bytes(profile).length;
    return size >= MIN_BYTES && size <= MAX_BYTES;
  }

  byte[] bytes(JsonNode node) {
    try {
      return mapper.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode map(Map<String, JsonNode> entries) {
    ObjectNode node = nodes.objectNode();
    entries.forEach(node::set);
    return node;
  }

  private ArrayNode strings(String... values) {
    ArrayNode array = nodes.arrayNode();
    List.of(values).forEach(array::add);
    return array;
  }

  private JsonNode text(String value) {
    return nodes.textNode(value);
  }

  private JsonNode number(long value) {
    return nodes.numberNode(value);
  }

  private JsonNode bool(boolean value) {
    return nodes.booleanNode(value);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private String guid() {
    return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-" + "89ab".charAt(random.nextInt(4)) + hex(3) + "-" + hex(12);
  }

  private String hex(int length) {
    return chars("0123456789abcdef", length);
  }

  private String upperAlnum(int length) {
    return chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", length);
  }

  private String base64(int length) {
    return chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", length);
  }

  private String chars(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
