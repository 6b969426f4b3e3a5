package dev.cometsdk.generator;

import java.util.Set;

/** Names that spec names must never take in the generated code, whatever the spec says. */
final class ReservedNames {
  private ReservedNames() {}

  /**
   * Java's reserved words and literals, {@code _}, and the contextual words that cannot name a type
   * or be called unqualified ({@code var}, {@code yield}, {@code record}, {@code sealed},
   * {@code permits}): escaped everywhere, which costs nothing and keeps the rule simple.
   */
  static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
      "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
      "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
      "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
      "volatile", "while", "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits");

  /**
   * The public types of {@code java.lang} in Java 11 to 25. Every Java file imports them all, so a
   * model class of such a name would make {@code import model.*} ambiguous in the user's code.
   * Fixed here rather than read from the running JDK, so that every JDK generates the same code.
   */
  static final Set<String> JAVA_LANG_TYPES = Set.of(
      "AbstractMethodError", "Appendable", "ArithmeticException", "ArrayIndexOutOfBoundsException",
      "ArrayStoreException", "AssertionError", "AutoCloseable", "Boolean", "BootstrapMethodError", "Byte",
      "CharSequence", "Character", "Class", "ClassCastException", "ClassCircularityError", "ClassFormatError",
      "ClassLoader", "ClassNotFoundException", "ClassValue", "CloneNotSupportedException", "Cloneable",
      "Comparable", "Compiler", "Deprecated", "Double", "Enum", "EnumConstantNotPresentException", "Error",
      "Exception", "ExceptionInInitializerError", "Float", "FunctionalInterface", "IO", "IllegalAccessError",
      "IllegalAccessException", "IllegalArgumentException", "IllegalCallerException",
      "IllegalMonitorStateException", "IllegalStateException", "IllegalThreadStateException",
      "IncompatibleClassChangeError", "IndexOutOfBoundsException", "InheritableThreadLocal", "InstantiationError",
      "InstantiationException", "Integer", "InternalError", "InterruptedException", "Iterable",
      "LayerInstantiationException", "LinkageError", "Long", "MatchException", "Math", "Module", "ModuleLayer",
      "NegativeArraySizeException", "NoClassDefFoundError", "NoSuchFieldError", "NoSuchFieldException",
      "NoSuchMethodError", "NoSuchMethodException", "NullPointerException", "Number", "NumberFormatException",
      "Object", "OutOfMemoryError", "Override", "Package", "Process", "ProcessBuilder", "ProcessHandle",
      "Readable", "Record", "ReflectiveOperationException", "Runnable", "Runtime", "RuntimeException",
      "RuntimePermission", "SafeVarargs", "ScopedValue", "SecurityException", "SecurityManager", "Short",
      "StableValue", "StackOverflowError", "StackTraceElement", "StackWalker", "StrictMath", "String",
      "StringBuffer", "StringBuilder", "StringIndexOutOfBoundsException", "StringTemplate", "SuppressWarnings",
      "System", "Thread", "ThreadDeath", "ThreadGroup", "ThreadLocal", "Throwable", "TypeNotPresentException",
      "UnknownError", "UnsatisfiedLinkError", "UnsupportedClassVersionError", "UnsupportedOperationException",
      "VerifyError", "VirtualMachineError", "Void", "WrongThreadException");

  /** The methods of {@code Object}: no generated class may declare one by accident. */
  static final Set<String> OBJECT_METHODS = Set.of(
      "clone", "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  static boolean isKeyword(String name) {
    return KEYWORDS.contains(name);
  }

}
