package dev.antitrust.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The wire names of one {@link WireName} enum, worked out once per enum: a case file names a
 * constant for every fact and a finding's sentence for every firing, and lower-casing the constant's
 * name each time showed up in a batch's profile.
 */
final class WireNameTable {
  private static final ClassValue<WireNameTable> TABLES = new ClassValue<>() {
    @Override
    protected WireNameTable computeValue(Class<?> type) {
      return new WireNameTable(type.getEnumConstants());
    }
  };

  /** By ordinal. */
  private final String[] names;
  private final Map<String, Object> byName = new HashMap<>();

  private WireNameTable(Object[] constants) {
    names = new String[constants.length];
    for (Object constant : constants) {
      Enum<?> e = (Enum<?>) constant;
      names[e.ordinal()] = e.name().toLowerCase(Locale.ROOT).replace('_', '-');
      byName.put(names[e.ordinal()], constant);
    }
  }

  static WireNameTable of(Class<?> enumType) {
    return TABLES.get(enumType);
  }

  String name(Enum<?> constant) {
    return names[constant.ordinal()];
  }

  /** The constant written {@code wanted} (already lower case with '-'), or null. */
  Object constant(String wanted) {
    return byName.get(wanted);
  }
}
