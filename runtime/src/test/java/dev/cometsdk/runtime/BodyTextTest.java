package dev.cometsdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyTextTest {

    @Test
    void secretsAreRedactedBeforeBlanksAreMerged() {
        Credentials c = Credentials.password("admin", "two  blanks\nand a break");
        byte[] page = "<p>Wrong password:\ntwo  blanks\nand a break\n</p>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("<p>Wrong password: *** </p>", BodyText.head(page, page.length, c::redact));
        assertEquals("<p>Wrong password: *** </p>", BodyText.around(page, 3, c::redact));
    }
}
