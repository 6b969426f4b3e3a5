package dev.cometsdk.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.FieldProperty;
import dev.cometsdk.runtime.CometJson;
import dev.cometsdk.runtime.StructDecoder;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.TypeDeclaration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every generated class is read by its generated decoder (a {@link StructDecoder}, which is what
 * makes typed decoding faster than reading into a Map, docs/benchmarks.md), and what that decoder
 * leaves to Jackson's bean deserializer (lists, maps, nested objects, odd tokens) is set through
 * the setters, never by writing the private field reflectively: Jackson's Blackbird module (in the
 * runtime's mapper) then calls the setters through generated lambdas. A setter without
 * {@code @JsonSetter} would silently fall back to a reflective {@link FieldProperty}.
 */
class ReflectionFreeDecodingTest {
  private static final ApiSpec SPEC = BundledSpecs.catalog().loadNewest();
  private static final ObjectMapper MAPPER = CometJson.mapper();

  @TestFactory
  Stream<DynamicTest> everyStructIsReadByItsGeneratedDecoder() throws Exception {
    DeserializationContext context = contextOf(MAPPER);
    return SPEC.types().stream()
        .filter(type -> type instanceof TypeDeclaration.Struct)
        .map(type -> DynamicTest.dynamicTest(type.name(), () -> {
          Class<?> model = ApiCalls.modelClass(type.name());
          JsonDeserializer<?> deserializer = context.findRootValueDeserializer(MAPPER.constructType(model));
          assertInstanceOf(StructDecoder.class, deserializer, type.name());
          assertEquals(model.getName() + "$Decoder", deserializer.getClass().getName());
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyStructIsReadThroughItsSetters() throws Exception {
    ObjectMapper beans = DecoderEquivalenceTest.beanOnlyMapper();
    DeserializationContext context = contextOf(beans);
    return SPEC.types().stream()
        .filter(type -> type instanceof TypeDeclaration.Struct)
        .map(type -> DynamicTest.dynamicTest(type.name(), () -> {
          Class<?> model = ApiCalls.modelClass(type.name());
          JsonDeserializer<?> deserializer = context.findRootValueDeserializer(beans.constructType(model));
          BeanDeserializerBase bean = assertInstanceOf(BeanDeserializerBase.class, deserializer, type.name());
          List<String> reflective = new ArrayList<>();
          for (Iterator<SettableBeanProperty> it = bean.properties(); it.hasNext(); ) {
            SettableBeanProperty property = it.next();
            if (property instanceof FieldProperty) {
              reflective.add(property.getName());
            }
          }
          assertEquals(List.of(), reflective, type.name() + ": fields written by reflection");
        }));
  }

  private static DeserializationContext contextOf(ObjectMapper mapper) throws IOException {
    return ((DefaultDeserializationContext) mapper.getDeserializationContext())
        .createInstance(mapper.getDeserializationConfig(), mapper.createParser("{}"), null);
  }
}
