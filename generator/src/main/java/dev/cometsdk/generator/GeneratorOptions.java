package dev.cometsdk.generator;

import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * What a user may choose about the generated client. Everything else follows from the spec, so
 * that the same spec and options always give byte-identical output.
 *
 * @param packageName the root package: the client goes here, data classes into {@code .model},
 *     request objects into {@code .requests}
 * @param clientName the simple name of the client class
 */
public record GeneratorOptions(String packageName, String clientName) {
  public static final String DEFAULT_PACKAGE = "dev.cometsdk.client";
  public static final String DEFAULT_CLIENT_NAME = "CometClient";

  public GeneratorOptions {
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(clientName, "clientName");
    if (!SourceVersion.isName(packageName)) {
      throw new IllegalArgumentException("package name '" + packageName + "' is not a valid Java package name");
    }
    if (!SourceVersion.isIdentifier(clientName) || SourceVersion.isKeyword(clientName)) {
      throw new IllegalArgumentException("client name '" + clientName + "' is not a valid Java class name");
    }
  }

  public static GeneratorOptions defaults() {
    return new GeneratorOptions(DEFAULT_PACKAGE, DEFAULT_CLIENT_NAME);
  }

  public GeneratorOptions withPackageName(String name) {
    return new GeneratorOptions(name, clientName);
  }

  public String modelPackage() {
    return packageName + ".model";
  }

  public String requestsPackage() {
    return packageName + ".requests";
  }
}
