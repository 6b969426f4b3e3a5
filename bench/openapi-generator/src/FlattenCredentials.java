import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.util.Map;

/**
 * A diagnostic variant of our OpenAPI document, not a fix: every request body written as
 * {@code allOf: [CometFormCredentials, {own parameters}]} becomes one object schema holding the
 * credential properties and the method's own, with both {@code required} lists. run.sh validates
 * and generates from it to tell which of OpenAPI Generator's complaints come from that allOf.
 *
 * <p>Usage: {@code FlattenCredentials IN.json OUT.json}
 */
public final class FlattenCredentials {
  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = (ObjectNode) mapper.readTree(new File(args[0]));
    JsonNode credentials = root.path("components").path("schemas").path("CometFormCredentials");
    int flattened = 0;
    for (JsonNode path : root.path("paths")) {
      for (JsonNode operation : path) {
        for (JsonNode media : operation.path("requestBody").path("content")) {
          JsonNode allOf = media.path("schema").path("allOf");
          if (!allOf.isArray()) {
            continue;
          }
          ObjectNode flat = mapper.createObjectNode().put("type", "object");
          ObjectNode properties = flat.putObject("properties");
          ArrayNode required = flat.putArray("required");
          for (JsonNode part : allOf) {
            JsonNode schema = part.has("$ref") ? credentials : part;
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
              properties.set(property.getKey(), property.getValue());
            }
            schema.path("required").forEach(required::add);
          }
          ((ObjectNode) media).set("schema", flat);
          flattened++;
        }
      }
    }
    mapper.writeValue(new File(args[1]), root);
    System.out.println("flattened " + flattened + " request bodies into " + args[1]);
  }
}
