package dev.cometsdk.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this generator, which decides (with the spec and options) what it generates. */
public final class GeneratorVersion {
  private static final String VERSION = read();

  private GeneratorVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String read() {
    Properties properties = new Properties();
    try (InputStream in = GeneratorVersion.class.getResourceAsStream("generator.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "dev");
  }
}
