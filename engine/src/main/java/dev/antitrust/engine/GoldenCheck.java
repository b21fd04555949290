package dev.antitrust.engine;

/**
 * One expectation of a golden case, with what actually happened.
 *
 * @param what what was checked, e.g. {@code US-HSR-SOT-ABOVE-CAP rank}
 * @param expected the expected value as written
 * @param actual what the assessment gave
 * @param passed whether they agree
 */
public record GoldenCheck(String what, String expected, String actual, boolean passed) {}
