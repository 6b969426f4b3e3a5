package dev.cometsdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MethodCallTest {

    @Test
    void aMissingRequiredValueIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Transports.adminCall().raw("TargetUser", null));
        assertEquals("AdminListUsers: parameter TargetUser is required but was null",
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Transports.adminCall().json("Paths", null));
    }

    @Test
    void aNameCanBeGivenOnce() {
        assertThrows(IllegalArgumentException.class,
                () -> Transports.adminCall().raw("A", "1").jsonIfPresent("A", 2));
    }

    @Test
    void uploadsNeedMultipartAndGetsTakeNothing() {
        assertThrows(IllegalStateException.class, () -> Transports.adminCall()
                .upload("upload", UploadContent.ofBytes(new byte[0])));
        assertThrows(IllegalStateException.class, () -> MethodCall.get("BrandingProps",
                "/gen/branding.props", AuthRequirement.NONE).raw("a", "b").build());
        assertThrows(IllegalStateException.class, () -> MethodCall.get("BrandingProps",
                "/gen/branding.props", AuthRequirement.ADMIN).build());
    }

    @Test
    void toStringNamesParametersButNotValues() {
        MethodCall call = MethodCall.form("AdminAddUser", "api/v1/admin/add-user",
                AuthRequirement.ADMIN).raw("TargetUser", "bob").raw("StoragePassword", "hunter2")
                .jsonIfPresent("Paths", List.of("/a")).build();
        assertEquals("/api/v1/admin/add-user", call.path());
        assertEquals("MethodCall[AdminAddUser POST /api/v1/admin/add-user, "
                + "params=[TargetUser, StoragePassword, Paths]]", call.toString());
        assertFalse(call.toString().contains("hunter2"));
        assertEquals("UploadContent[3 bytes, fileName=a.bin]",
                UploadContent.ofBytes(new byte[3]).withFileName("a.bin").toString());
    }

    @Test
    void valuesThatCannotBeJsonAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Transports.adminCall().json("Data", new Object()));
        assertEquals("AdminListUsers: parameter Data cannot be written as JSON "
                + "(java.lang.Object)", e.getMessage());
    }

    @Test
    void credentialsRedactTheirSecretsFromEchoes() {
        Credentials c = Credentials.passwordWithTotp("admin", "a&b c", "123456");
        assertEquals("x *** *** ***", c.redact("x a&b c a%26b+c 123456"));
        assertEquals("short secrets stay: ab",
                Credentials.password("u", "ab").redact("short secrets stay: ab"));
    }

    @Test
    void credentialsRedactTheirSecretsFromJsonEchoes() throws Exception {
        String password = "p&<w>\"q\\z\n\u0001";
        Credentials c = Credentials.password("admin", password);
        assertEquals("\"***\"", c.redact(CometJson.mapper().writeValueAsString(password)));
        // As Jackson and most encoders write it, and as Go's encoding/json (the Comet Server's).
        assertEquals("{\"Message\":\"bad password ***\"}",
                c.redact("{\"Message\":\"bad password p&<w>\\\"q\\\\z\\n\\u0001\"}"));
        assertEquals("{\"Message\":\"bad password ***\"}", c.redact(
                "{\"Message\":\"bad password p\\u0026\\u003cw\\u003e\\\"q\\\\z\\n\\u0001\"}"));
    }
}
