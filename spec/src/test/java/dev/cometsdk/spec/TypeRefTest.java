package dev.cometsdk.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeRefTest {

  /** Every type expression in every bundled file, read independently of the loader. */
  private static Set<String> allBundledTypeExpressions() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Set<String> expressions = new TreeSet<>();
    BundledSpecs catalog = BundledSpecs.catalog();
    for (BundledSpecs.BundledVersion entry : catalog.versions()) {
      JsonNode root = mapper.readTree(catalog.content(entry));
      for (JsonNode method : root.get("methods")) {
        expressions.add(method.get("returns").asText());
        method.get("params").forEach(param -> expressions.add(param.get("type").asText()));
      }
      for (JsonNode type : root.get("types")) {
        if (type.has("type")) {
          expressions.add(type.get("type").asText());
        }
        if (type.has("fields")) {
          type.get("fields").forEach(field -> expressions.add(field.get("type").asText()));
        }
      }
      root.get("constants").forEach(constant -> expressions.add(constant.get("type").asText()));
    }
    return expressions;
  }

  @Test
  void everyBundledExpressionRoundTrips() throws IOException {
    Set<String> expressions = allBundledTypeExpressions();
    assertTrue(expressions.size() > 300, "expected hundreds of distinct expressions, got " + expressions.size());
    for (String expression : expressions) {
      TypeRef parsed = TypeRef.parse(expression);
      assertEquals(expression, parsed.toString());
      assertEquals(parsed, TypeRef.parse(parsed.toString()));
    }
  }

  @Test
  void parsesTheStructureOfNestedTypes() {
    assertEquals(
        new TypeRef.MapType(PrimitiveType.STRING, new TypeRef.ListType(new TypeRef.NamedType("SearchResultFileInfo"))),
        TypeRef.parse("map<string,list<SearchResultFileInfo>>"));
    assertEquals(new TypeRef.NullableType(PrimitiveType.UINT64), TypeRef.parse("nullable<uint64>"));
    assertEquals(new TypeRef.MapType(PrimitiveType.INT64, PrimitiveType.ANY), TypeRef.parse("map< int64 , any >"));
    assertEquals("map<int64,any>", TypeRef.parse("map< int64 , any >").toString());
  }

  @Test
  void everyPrimitiveSpellingParsesToItself() {
    for (PrimitiveType primitive : PrimitiveType.values()) {
      assertEquals(primitive, TypeRef.parse(primitive.spelling()));
    }
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = '|', value = {
      "list<|5|expected a type but the expression ends",
      "map<string>|10|'map' takes two type arguments: expected ',' and a value type",
      "Foo<Bar>|3|'Foo' takes no type arguments; only list<T>, map<K,V> and nullable<T> do",
      "string<int>|6|'string' takes no type arguments; only list<T>, map<K,V> and nullable<T> do",
      "list|0|'list' needs one type argument: list<T>",
      "map|0|'map' needs two type arguments: map<K,V>",
      "list<string,int>|11|'list' takes one type argument, not two",
      "list<string|11|expected '>' but the expression ends",
      "list<string>>|12|unexpected '>' after a complete type",
      "map<string,int,int>|14|expected '>' but found ','",
      "list<1abc>|5|expected a type name but found '1'",
      "Foo Bar|4|unexpected 'B' after a complete type",
      "Ünïcode|0|expected a type name but found 'Ü'",
  })
  void rejectsMalformedExpressionsWithAClearError(String text, int offset, String problem) {
    TypeSyntaxException error = assertThrows(TypeSyntaxException.class, () -> TypeRef.parse(text));
    assertEquals(offset, error.offset(), error.getMessage());
    assertEquals(problem, error.problem());
    assertEquals("invalid type expression '" + text + "' at offset " + offset + ": " + problem, error.getMessage());
  }

  @Test
  void rejectsEmptyAndMissingExpressions() {
    assertEquals("the type expression is empty", assertThrows(TypeSyntaxException.class, () -> TypeRef.parse("")).problem());
    assertEquals("no type expression given", assertThrows(TypeSyntaxException.class, () -> TypeRef.parse(null)).problem());
  }

  @Test
  void integerRangesFollowTheWidth() {
    assertEquals("-2147483648", PrimitiveType.INT32.minValue().toString());
    assertEquals("2147483647", PrimitiveType.INT32.maxValue().toString());
    assertEquals("255", PrimitiveType.UINT8.maxValue().toString());
    assertEquals("255", PrimitiveType.BYTE.maxValue().toString());
    assertEquals("18446744073709551615", PrimitiveType.UINT64.maxValue().toString());
    assertEquals("18446744073709551615", PrimitiveType.UINT.maxValue().toString());
    assertEquals("-9223372036854775808", PrimitiveType.INT.minValue().toString());
    assertThrows(IllegalStateException.class, PrimitiveType.STRING::maxValue);
  }
}
