package dev.cometsdk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this runtime, for the default User-Agent. */
final class SdkVersion {

    private static final String VERSION = load();

    private SdkVersion() {
    }

    static String get() {
        return VERSION;
    }

    private static String load() {
        // The filtered resource is there in every build; the manifest is a second chance for a
        // repackaged (shaded) jar that dropped it.
        try (InputStream in = SdkVersion.class.getResourceAsStream("runtime.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "").trim();
                if (!version.isEmpty() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String fromManifest = SdkVersion.class.getPackage().getImplementationVersion();
        return fromManifest != null && !fromManifest.isBlank() ? fromManifest : "dev";
    }
}
