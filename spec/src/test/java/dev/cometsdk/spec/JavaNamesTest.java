package dev.cometsdk.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {

  @ParameterizedTest
  @CsvSource({
      "AdminListUsers, adminListUsers",
      "GUID, guid",
      "ID, id",
      "OS, os",
      "URLPath, urlPath",
      "Default, default_",
      "Class, class_",
      "upload, upload",
      "UseObjectLock_Legacy_DoNotUse, useObjectLockLegacyDoNotUse",
      "ListenAddress__DONOTUSEDIRECTLY, listenAddressDONOTUSEDIRECTLY",
      "AzureADV2OP_TenantID, azureADV2OPTenantID",
      "S3Region, s3Region",
      "B2AccountID, b2AccountID",
      "ConstellationRole_Legacy, constellationRoleLegacy",
      "atime, atime",
      "_Hidden, hidden",
      "_Target_1, target1",
      "APIKey, apiKey",
      "CPUCores, cpuCores",
      "VMwareConnection, vmwareConnection",
      "VMs, vms",
      "IPv6, ipv6",
      "OSInfo, osInfo",
  })
  void memberNamesAreLowerCamelCase(String specName, String javaName) {
    assertEquals(javaName, JavaNames.memberName(specName));
  }

  @ParameterizedTest
  @CsvSource({"Default, Default", "GUID, Guid", "UseObjectLock_Legacy_DoNotUse, UseObjectLockLegacyDoNotUse"})
  void capitalizedNamesDropTheKeywordEscape(String specName, String capitalized) {
    assertEquals(capitalized, JavaNames.capitalizedMemberName(specName));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|it is empty",
      "1Password|it starts with a digit",
      "Foo-Bar|it contains characters other than ASCII letters, digits and '_'",
      "Größe|it contains characters other than ASCII letters, digits and '_'",
      "__|it has no letter or digit",
      "_1|its Java name '1' would start with a digit, as leading underscores are dropped",
  })
  void namesThatCannotBecomeJava(String name, String problem) {
    assertEquals(problem, JavaNames.problemWith(name));
  }

  @ParameterizedTest
  @CsvSource({"Default", "upload", "UseObjectLock_Legacy_DoNotUse", "class", "A1"})
  void awkwardNamesAreStillMappable(String name) {
    assertNull(JavaNames.problemWith(name));
  }

  @ParameterizedTest
  @CsvSource({"UserProfileConfig", "COMPRESS_LVL_4", "_2Level", "_1"})
  void verbatimNamesMayStartWithUnderscoreAndDigit(String name) {
    assertNull(JavaNames.problemWithVerbatim(name));
  }

  @ParameterizedTest
  @CsvSource({"''", "1Level", "class", "null", "record", "_", "A.B"})
  void verbatimNamesThatCannotBeJava(String name) {
    org.junit.jupiter.api.Assertions.assertNotNull(JavaNames.problemWithVerbatim(name));
  }
}
