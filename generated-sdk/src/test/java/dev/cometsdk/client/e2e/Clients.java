package dev.cometsdk.client.e2e;

import dev.cometsdk.client.CometClient;
import dev.cometsdk.runtime.AccountKind;
import dev.cometsdk.runtime.Credentials;
import java.time.Duration;

/** The accounts the tests sign in with, and clients for them. */
final class Clients {
  /** ASCII only, since the multipart upload sends it in a header, but with every URL metacharacter. */
  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "p&ss=w+rd %#?\"'\\;/x";
  static final String USER = "user-\u00e9 &=";
  static final String USER_PASSWORD = "p\u00e4ss w\u00f6rd&=+%\ud83d\ude00\n\"";

  private Clients() {}

  static CometClient admin(String serverUrl) {
    return CometClient.builder()
        .serverUrl(serverUrl)
        .credentials(Credentials.password(ADMIN, ADMIN_PASSWORD))
        .requestTimeout(Duration.ofSeconds(10))
        .build();
  }

  static CometClient user(String serverUrl) {
    return CometClient.builder()
        .serverUrl(serverUrl)
        .credentials(Credentials.password(USER, USER_PASSWORD))
        .accountKind(AccountKind.USER)
        .requestTimeout(Duration.ofSeconds(10))
        .build();
  }
}
