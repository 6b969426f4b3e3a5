package dev.cometsdk.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The name mapping that spec/README.md describes, and the names it refuses. */
class JavaNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "AdminListUsers, adminListUsers",
      "GUID, guid",
      "ID, id",
      "APIKey, apiKey",
      "CPUCores, cpuCores",
      "S3Bucket, s3Bucket",
      "VMwareConnection, vMwareConnection",
      "UseObjectLock_Legacy_DoNotUse, useObjectLockLegacyDoNotUse",
      "ListenAddress__DONOTUSEDIRECTLY, listenAddressDONOTUSEDIRECTLY",
      "_Target_1, target1",
      "Default, default_",
      "Class, class_",
  })
  void memberNames(String specName, String javaName) {
    assertEquals(javaName, JavaNames.memberName(specName));
    assertNull(JavaNames.problemWith(specName));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1Admin", "Target-User", "Zürich", "__", "_1", "__2x"})
  void memberNamesThatCannotBecomeJava(String specName) {
    assertNotNull(JavaNames.problemWith(specName));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UserProfileConfig", "COMPRESS_LVL_4", "_2Level", "_1"})
  void verbatimNames(String specName) {
    assertNull(JavaNames.problemWithVerbatim(specName));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1Level", "class", "null", "record", "_", "A.B"})
  void verbatimNamesThatCannotBeJava(String specName) {
    assertNotNull(JavaNames.problemWithVerbatim(specName));
  }
}
