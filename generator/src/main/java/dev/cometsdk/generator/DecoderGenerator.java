package dev.cometsdk.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.TypeDeclaration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The {@code Decoder} nested in each data class: a {@code switch} on the JSON key's number (its
 * place in the class's {@code @JsonPropertyOrder}) that sets a field straight from the parser
 * when the token is the one its type expects, which is what makes typed decoding faster than
 * reading the same JSON into a {@code Map}. The runtime's {@code StructDecoder} finds the keys and
 * does the rest through Jackson, so these classes only list fields.
 */
final class DecoderGenerator {
  /** Which JSON token a field is set from without Jackson, and the parser call that reads it. */
  private enum Token {
    STRING("readString"),
    INTEGER("readInteger"),
    DECIMAL("readDecimal"),
    BOOLEAN("readBoolean");

    final String method;

    Token(String method) {
      this.method = method;
    }
  }

  /** A field set without Jackson: its place in {@code @JsonPropertyOrder}, which numbers it. */
  private record FastField(Field field, int key, String javaField, CodeBlock read) {}

  private final GenerationContext context;

  DecoderGenerator(GenerationContext context) {
    this.context = context;
  }

  TypeSpec generate(TypeDeclaration.Struct struct, JavaSymbols.StructSymbols names) {
    ClassName self = names.type();
    ClassName decoder = names.decoder();
    TypeSpec.Builder type = TypeSpec.classBuilder(decoder)
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(Types.STRUCT_DECODER, self))
        .addJavadoc("Reads {@code $L} from JSON for Jackson: strings, numbers and booleans straight into\n"
            + "the fields, everything else through Jackson; see {@link $T}.\n", struct.name(), Types.STRUCT_DECODER)
        .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer("1L").build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Called by Jackson, as {@code @JsonDeserialize} on {@link $T} names this class.\n", self)
            .addStatement("super($T.class)", self)
            .build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(self)
            .addStatement("return new $T()", self)
            .build());
    Map<Token, List<FastField>> byToken = fastFields(struct, names);
    byToken.forEach((token, fields) -> type.addMethod(readMethod(self, token, fields)));
    return type.build();
  }

  private Map<Token, List<FastField>> fastFields(TypeDeclaration.Struct struct, JavaSymbols.StructSymbols names) {
    Map<Token, List<FastField>> byToken = new EnumMap<>(Token.class);
    for (int key = 0; key < struct.fields().size(); key++) {
      Field field = struct.fields().get(key);
      if (context.types().isUnsigned64(field.type())) {
        continue;  // read unsigned by the runtime's deserializer that the field's annotation names
      }
      TypeName declared = context.types().javaType(field.type());
      TypeName javaType = declared.isBoxedPrimitive() ? declared.unbox() : declared;
      String javaField = names.field(field).field();
      Token token = null;
      CodeBlock read = null;
      if (javaType.equals(ClassName.get(String.class))) {
        token = Token.STRING;
        read = CodeBlock.of("parser.getText()");
      } else if (javaType.equals(TypeName.INT)) {
        token = Token.INTEGER;
        read = CodeBlock.of("parser.getIntValue()");
      } else if (javaType.equals(TypeName.LONG)) {
        token = Token.INTEGER;
        read = CodeBlock.of("parser.getLongValue()");
      } else if (javaType.equals(TypeName.DOUBLE)) {
        token = Token.DECIMAL;
        read = CodeBlock.of("parser.getDoubleValue()");
      } else if (javaType.equals(TypeName.FLOAT)) {
        token = Token.DECIMAL;
        read = CodeBlock.of("parser.getFloatValue()");
      } else if (javaType.equals(TypeName.BOOLEAN)) {
        token = Token.BOOLEAN;
        read = CodeBlock.of("bool");
      }
      if (token != null) {
        byToken.computeIfAbsent(token, unused -> new ArrayList<>()).add(new FastField(field, key, javaField, read));
      }
    }
    return byToken;
  }

  private static MethodSpec readMethod(ClassName self, Token token, List<FastField> fields) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(token.method)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(TypeName.BOOLEAN)
        .addParameter(self, "target")
        .addParameter(TypeName.INT, "key");
    if (token == Token.BOOLEAN) {
      method.addParameter(TypeName.BOOLEAN, "bool");
    } else {
      method.addParameter(Types.JSON_PARSER, "parser").addException(Types.IO_EXCEPTION);
    }
    method.beginControlFlow("switch (key)");
    for (FastField fast : fields) {
      String jsonName = fast.field().jsonName();
      method.addCode(isPlain(jsonName) ? CodeBlock.of("case $L: // $L\n$>", fast.key(), jsonName)
              : CodeBlock.of("case $L:\n$>", fast.key()))
          .addStatement("target.$N = $L", fast.javaField(), fast.read())
          .addStatement("return true")
          .addCode("$<");
    }
    method.addCode("default:\n$>").addStatement("return false").addCode("$<");
    return method.endControlFlow().build();
  }

  /** Whether a JSON key can stand in a line comment as it is (no backslash, which javac would read as an escape). */
  private static boolean isPlain(String jsonName) {
    for (int i = 0; i < jsonName.length(); i++) {
      char c = jsonName.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.')) {
        return false;
      }
    }
    return !jsonName.isEmpty();
  }
}
