package dev.antitrust.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Company;
import dev.antitrust.model.InvalidFactException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids are ASCII letters and digits, then also '.', '_', ':' or '-'. */
class FactIdTest {
  @ParameterizedTest
  @ValueSource(strings = {"a", "7", "Acme-1", "us.hsr:2026_a", "Z.-_:9"})
  void wellFormedIds_areKept(String id) {
    assertThat(Company.named(id).id()).isEqualTo(id);
    assertThat(Agreement.of("deal", AgreementKind.MERGER, List.of("x", id), List.of()).parties()).containsExactly("x", id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-a", ".a", "a b", "café", "a/b", "a\u00a0", "ａ", "a\n"})
  void otherIds_areRefused(String id) {
    assertThatThrownBy(() -> Company.named(id))
        .isInstanceOf(InvalidFactException.class)
        .hasMessageContaining("'" + id + "' is not a valid id");
    assertThatThrownBy(() -> Agreement.of("deal", AgreementKind.MERGER, List.of("x", id), List.of()))
        .isInstanceOf(InvalidFactException.class)
        .hasMessageContaining("[1]");
  }
}
