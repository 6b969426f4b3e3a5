package dev.cometsdk.diff;

/** A method that a changed type is reached from, and in which direction. */
public record Usage(String method, Direction direction) {}
