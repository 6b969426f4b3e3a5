package dev.cometsdk.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerVersionTest {

  @Test
  void ordersNumericallyPartByPart() {
    assertTrue(ServerVersion.parse("23.9.11").isAfter(ServerVersion.parse("23.9.9")));
    assertTrue(ServerVersion.parse("24.12.2").isAfter(ServerVersion.parse("24.9.6")));
    assertTrue(ServerVersion.parse("22.6.9").isBefore(ServerVersion.parse("22.11.2")));
    List<String> sorted = Stream.of("24.12.2", "23.9.11", "22.6.9", "23.9.9", "24.9.6", "23.10.0")
        .map(ServerVersion::parse).sorted().map(ServerVersion::toString).collect(Collectors.toList());
    assertEquals(List.of("22.6.9", "23.9.9", "23.9.11", "23.10.0", "24.9.6", "24.12.2"), sorted);
  }

  @Test
  void printsWhatItParsed() {
    assertEquals("25.6.8", ServerVersion.parse("25.6.8").toString());
    assertEquals(new ServerVersion(0, 0, 0), ServerVersion.parse("0.0.0"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "25", "25.6", "v25.6.8", "25.6.8.1", "25.06.8", "25.6.x", "23.x.x", " 25.6.8", "-1.0.0", "99999999999.0.0"})
  void rejectsWhatIsNotAVersion(String text) {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ServerVersion.parse(text));
    assertTrue(error.getMessage().contains("'" + text + "'"), error.getMessage());
    assertTrue(ServerVersion.tryParse(text).isEmpty());
  }
}
