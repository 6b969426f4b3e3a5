package dev.cometsdk.runtime;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** An {@code application/x-www-form-urlencoded} body. */
final class FormBody {

    static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";

    private FormBody() {
    }

    /** Every name and value is encoded, so that no value can add or change a field. */
    static byte[] encode(List<Map.Entry<String, String>> fields) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> field : fields) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
