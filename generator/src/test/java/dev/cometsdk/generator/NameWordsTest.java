package dev.cometsdk.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How spec names split into words and become camel case (docs/java-names.md). */
class NameWordsTest {

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource({
      "AdminListUsers, adminListUsers, AdminListUsers",
      "SourceGUID, sourceGuid, SourceGuid",
      "DeviceID, deviceId, DeviceId",
      "TOTPKey, totpKey, TotpKey",
      "APIKey, apiKey, ApiKey",
      "CPUCores, cpuCores, CpuCores",
      "URLPath, urlPath, UrlPath",
      "GUIDs, guids, Guids",
      "GUIDsFoo, guidsFoo, GuidsFoo",
      "S3Bucket, s3Bucket, S3Bucket",
      "Office365Credential, office365Credential, Office365Credential",
      "IPv6Address, ipv6Address, Ipv6Address",
      "VMwareConnection, vmwareConnection, VmwareConnection",
      "VMs, vms, Vms",
      "U2FLogin, u2fLogin, U2fLogin",
      "AdminAccountU2fRequestRegistrationChallenge, adminAccountU2fRequestRegistrationChallenge, AdminAccountU2fRequestRegistrationChallenge",
      "IsLegacyU2F, isLegacyU2f, IsLegacyU2f",
      "UseObjectLock_Legacy_DoNotUse, useObjectLockLegacyDoNotUse, UseObjectLockLegacyDoNotUse",
      "ListenAddress__DONOTUSEDIRECTLY, listenAddressDonotusedirectly, ListenAddressDonotusedirectly",
      "Default, default_, Default",
      "class, class_, Class",
      "_1, _1, 1",
      "__, unnamed, Unnamed",
      "iOS, iOs, IOs",
  })
  void namesBecomeCamelCase(String spec, String variable, String type) {
    assertEquals(variable, JavaSymbols.variableName(NameWords.of(spec)));
    assertEquals(type, JavaSymbols.typeName(NameWords.of(spec)));
  }
}
