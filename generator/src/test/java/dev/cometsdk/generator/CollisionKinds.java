package dev.cometsdk.generator;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Every kind of name collision the naming component resolves, as an edit that adds a name that
 * exists already ({@code before}) and one that collides with it in Java ({@code colliding}). Added
 * together to the newest bundled spec they must still generate code that compiles; added one
 * after the other, the second must not rename the first.
 *
 * @param name what collides
 * @param before what an earlier version already had
 * @param colliding what the later version adds
 */
public record CollisionKinds(String name, UnaryOperator<SpecEdits> before, UnaryOperator<SpecEdits> colliding) {

  private static final String ADMIN = "/api/v1/admin/";

  public static List<CollisionKinds> all() {
    return List.of(
        kind("fields AdditionalProperties + AdditionalPropertiesValue",
            spec -> spec.struct("Unknowns", "AdditionalProperties:string"),
            spec -> spec.fields("Unknowns", "AdditionalPropertiesValue:string", "AdditionalProperty:int64")),
        kind("fields FooBar then Foo_Bar", spec -> spec.struct("Underscores", "FooBar:string"),
            spec -> spec.fields("Underscores", "Foo_Bar:string")),
        kind("fields Foo_Baz then FooBaz", spec -> spec.struct("Underscores2", "Foo_Baz:string"),
            spec -> spec.fields("Underscores2", "FooBaz:string")),
        kind("boolean fields IsSuspended then Suspended", spec -> spec.struct("Flags", "IsSuspended:bool"),
            spec -> spec.fields("Flags", "Suspended:bool")),
        kind("boolean fields Locked then IsLocked", spec -> spec.struct("Flags2", "Locked:bool"),
            spec -> spec.fields("Flags2", "IsLocked:bool")),
        kind("fields SourceGUID then SourceGuid", spec -> spec.struct("Acronyms", "SourceGUID:string"),
            spec -> spec.fields("Acronyms", "SourceGuid:string", "SOURCEGUID:string")),
        kind("fields named like Object's methods and equals' locals",
            spec -> spec.struct("ObjectLike", "Other:string"),
            spec -> spec.fields("ObjectLike", "Class:string", "HashCode:int64", "That:string", "class:string",
                "Default:bool", "_1:string", "__:string", "_:int64")),
        kind("parameters Request + RequestValue", spec -> spec.method("AdminRequests", ADMIN + "requests",
                "CometAPIResponseMessage", "Request:string", "RequestValue:string?"),
            spec -> spec.method("AdminRequests2", ADMIN + "requests2", "CometAPIResponseMessage",
                "Request:string", "RequestValue:string", "Target:string?", "Response:string?", "Build:string?",
                "Class:string?", "Builder:string?", "Other:string?", "That:string?")),
        kind("parameters Default then default", spec -> spec.method("AdminKeywords", ADMIN + "keywords",
                "CometAPIResponseMessage", "Default:string?"),
            spec -> spec.method("AdminKeywords2", ADMIN + "keywords2", "CometAPIResponseMessage",
                "Default:string?", "default:string?")),
        kind("download parameter Target", spec -> spec.method("AdminFetch", ADMIN + "fetch", "bytes",
                "Target:string", "Request:string?"),
            spec -> spec.method("AdminFetchAsStream", ADMIN + "fetch-as-stream", "bytes", "Target:string")),
        kind("methods named like the client's members and Object's", spec -> spec,
            spec -> spec.method("Close", ADMIN + "close", "CometAPIResponseMessage")
                .method("Builder", ADMIN + "builder", "CometAPIResponseMessage")
                .method("ServerUrl", ADMIN + "server-url", "CometAPIResponseMessage")
                .method("Transport", ADMIN + "transport", "CometAPIResponseMessage")
                .method("Wait", ADMIN + "wait", "CometAPIResponseMessage")
                .method("GetClass", ADMIN + "get-class", "CometAPIResponseMessage")
                .method("HashCode", ADMIN + "hash-code", "CometAPIResponseMessage")
                .method("ToString", ADMIN + "to-string", "CometAPIResponseMessage", "Value:string")
                .method("Equals", ADMIN + "equals", "CometAPIResponseMessage", "Other:string")),
        kind("methods AdminFoo then AdminFooAsync", spec -> spec.method("AdminFoo", ADMIN + "foo", "CometAPIResponseMessage"),
            spec -> spec.method("AdminFooAsync", ADMIN + "foo-async", "CometAPIResponseMessage")
                .method("AdminFooCall", ADMIN + "foo-call", "CometAPIResponseMessage")),
        kind("methods AdminBarAsync then AdminBar", spec -> spec.method("AdminBarAsync", ADMIN + "bar-async",
                "CometAPIResponseMessage"),
            spec -> spec.method("AdminBar", ADMIN + "bar", "CometAPIResponseMessage")),
        kind("methods Admin_Baz then AdminBaz", spec -> spec.method("Admin_Baz", ADMIN + "baz-1",
                "CometAPIResponseMessage", "X:string?"),
            spec -> spec.method("AdminBaz", ADMIN + "baz-2", "CometAPIResponseMessage", "X:string?")),
        kind("types named like java.lang, keywords and generated classes", spec -> spec.struct("Account", "A:string"),
            spec -> spec.struct("ACCOUNT", "B:string").struct("String", "C:string").struct("Object", "D:string")
                .struct("Override", "E:string").struct("class", "F:string").struct("Builder", "G:Builder")
                .struct("Decoder", "H:Decoder").struct("CometClient", "I:string").struct("List", "J:list<string>")
                .struct("Map", "K:map<string,string>").struct("ResponseTypes", "L:string")
                .struct("AdminApi", "M:string")
                .alias("Integer", "int32").constant("INTEGER_ONE", "Integer", 1).constant("class", "Integer", 2)
                .method("AdminStrings", ADMIN + "strings", "String", "S:String", "O:Object?")),
        kind("areas named like the client's own classes", spec -> spec,
            spec -> spec.method("CometMethod", "/comet/x", "CometAPIResponseMessage")
                .method("ResponseTypesMethod", "/response/types/x", "CometAPIResponseMessage")));
  }

  private static CollisionKinds kind(String name, UnaryOperator<SpecEdits> before, UnaryOperator<SpecEdits> colliding) {
    return new CollisionKinds(name, before, colliding);
  }

  @Override
  public String toString() {
    return name;
  }
}
