package com.example.comet;

import dev.cometsdk.client.CometClient;
import dev.cometsdk.client.model.CometAPIResponseMessage;
import dev.cometsdk.client.model.UserProfileConfig;
import dev.cometsdk.runtime.CometException;
import dev.cometsdk.runtime.Credentials;
import java.util.Map;

/**
 * Lists the users of a Comet Server and, when asked, renames one user's account: read the
 * profile, change one field, write it back. Fields that this client does not know (a newer
 * server's) travel back unchanged.
 *
 * <pre>
 * COMET_URL=https://backup.example.com/ COMET_USER=admin COMET_PASSWORD=... \
 *     mvn -q compile exec:java
 * ... exec:java -Dexec.args="alice 'Alice Smith'"    renames alice's account
 * </pre>
 */
public final class ListUsers {
  private ListUsers() {}

  public static void main(String[] args) {
    if (args.length != 0 && args.length != 2) {
      System.err.println("usage: ListUsers [USER NEW-ACCOUNT-NAME]");
      System.exit(2);
    }
    try (CometClient client = CometClient.builder()
        .serverUrl(environment("COMET_URL"))
        .credentials(Credentials.password(environment("COMET_USER"), environment("COMET_PASSWORD")))
        .build()) {

      Map<String, UserProfileConfig> users = client.adminListUsersFull();
      for (Map.Entry<String, UserProfileConfig> user : users.entrySet()) {
        UserProfileConfig profile = user.getValue();
        System.out.printf("%-24s %-32s %s%n", user.getKey(), profile.getAccountName(), profile.getEmails());
      }

      if (args.length == 2) {
        UserProfileConfig profile = client.adminGetUserProfile(args[0]);
        profile.setAccountName(args[1]);
        CometAPIResponseMessage result = client.adminSetUserProfile(args[0], profile);
        System.out.println("Renamed the account of " + args[0] + ": " + result.getStatus() + " " + result.getMessage());
      }
    } catch (CometException e) {
      // Every failure (connection, HTTP status, an error the server reports) is a CometException;
      // its message names the API method and never contains the password.
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  private static String environment(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      System.err.println("Set " + name + " (COMET_URL, COMET_USER and COMET_PASSWORD are needed)");
      System.exit(2);
    }
    return value;
  }
}
