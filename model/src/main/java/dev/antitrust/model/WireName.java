package dev.antitrust.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum whose constants are written in files in lower kebab case ({@code compute-supply} for
 * {@code COMPUTE_SUPPLY}), so case files and rule metadata read like prose.
 */
public interface WireName {

  /** The constant's enum name. */
  String name();

  /** The name as written in case files and rule metadata. */
  default String wireName() {
    Enum<?> constant = (Enum<?>) this;
    return WireNameTable.of(constant.getDeclaringClass()).name(constant);
  }

  /** Looks a constant up by its wire name (case-insensitive, '_' and '-' alike). */
  static <E extends Enum<E> & WireName> Optional<E> lookup(Class<E> type, String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    return Optional.ofNullable(type.cast(WireNameTable.of(type).constant(wanted)));
  }

  /** Every wire name of the enum, in declaration order, for error messages. */
  static <E extends Enum<E> & WireName> java.util.List<String> names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(WireName::wireName).toList();
  }
}
