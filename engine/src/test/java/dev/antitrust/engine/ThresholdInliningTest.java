package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rewrite of threshold patterns into reads of the session global: what it rewrites, how it keeps
 * a rule from matching when the threshold is not in force, what it leaves as written, and that every
 * line keeps its number.
 */
class ThresholdInliningTest {
  private static final String G = ThresholdInlining.GLOBAL;
  private static final String IN_FORCE = G + ".inForce(\"test.share\")";
  private static final String VALUE = G + ".value(\"test.share\")";

  @Test
  void inline_aThresholdComparedWithANumberField_readsTheGlobalWithoutAGuard() {
    // NaN, the value of a threshold not in force, fails `share > NaN`: the pattern guards the rule.
    String drl = rule("""
          $t : Threshold( key == "test.share" )
          $s : MarketShare( company != "x", share > $t.value )
        """, """
          insert(Finding.of("%.0f", $t.value()).crossed($t, $s.share()));
        """);

    String inlined = ThresholdInlining.inline(drl);

    assertThat(inlined).doesNotContain("Threshold(").doesNotContain("$t").doesNotContain(IN_FORCE)
        .contains("$s : MarketShare( company != \"x\", share > " + VALUE + " )")
        .contains("Finding.of(\"%.0f\", " + G + ".get(\"test.share\").value()).crossed(" + G + ".get(\"test.share\"), ")
        .endsWith("global dev.antitrust.model.ThresholdValues " + G + ";\n");
    assertSameLines(drl, inlined);
  }

  @Test
  void inline_aThresholdReadOnlyInANegation_endsTheConditionsWithAGuard() {
    // `not MarketShare( share > NaN )` holds: without the guard a missing threshold would fire the rule.
    String drl = rule("""
          $t : Threshold( key == "test.share" )
          not MarketShare( share > $t.value )
        """, "");

    String inlined = ThresholdInlining.inline(drl);

    assertThat(inlined).contains("not MarketShare( share > " + VALUE + " )")
        .contains("\neval( " + IN_FORCE + " ) then\n");
    assertSameLines(drl, inlined);
  }

  @Test
  void inline_readsThatNaNMightNotFail_endTheConditionsWithAGuard() {
    String[] conditions = {
        "  $t : Threshold( key == \"test.share\" )\n  MarketShare( share != $t.value )\n",
        "  $t : Threshold( key == \"test.share\" )\n  MarketShare( share > $t.value * 2 )\n",
        "  $t : Threshold( key == \"test.share\" )\n  MarketShare( share > $t.value || company == \"x\" )\n",
        "  $t : Threshold( key == \"test.share\" )\n  not\n  MarketShare( share > $t.value )\n",
        "  $t : Threshold( key == \"test.share\" )\n  Flag( level > $t.value )\n", // a declared type
        "  $t : Threshold( key == \"test.share\" )\n  $m : Market( )\n", // read in the consequence only
    };
    for (String c : conditions) {
      assertThat(ThresholdInlining.inline(rule(c, "  System.out.println($t);\n"))).as(c)
          .contains("eval( " + IN_FORCE + " ) then");
    }
    // A type the file declares, named like a fact type of the model, may hold anything.
    String shadowing = rule("  $t : Threshold( key == \"test.share\" )\n  MarketShare( share > $t.value )\n", "")
        .replace("declare Flag", "declare MarketShare\n  share : java.math.BigDecimal\nend\n\ndeclare Flag");
    assertThat(ThresholdInlining.inline(shadowing)).contains("eval( " + IN_FORCE + " ) then");
  }

  @Test
  void inline_aTopLevelOr_guardsWhereTheBindingWas() {
    String drl = rule("""
          $t : Threshold( key == "test.share" )
          MarketShare( share > $t.value ) or Market( id == "m" )
        """, "");

    assertThat(ThresholdInlining.inline(drl)).contains("  eval( " + IN_FORCE + " )\n  MarketShare( share > " + VALUE);
  }

  @Test
  void inline_thresholdsUsedOtherwise_areLeftAsWritten() {
    String otherField = rule("""
          $t : Threshold( key == "test.share" )
          MarketShare( share > $t.value, $t.unit == "percent" )
        """, "");
    String modified = rule("""
          $t : Threshold( key == "test.share" )
          MarketShare( share > $t.value )
        """, "  modify($t) { }\n");
    String nested = rule("""
          accumulate( Threshold( key == "test.share", $v : value ) and MarketShare( share > $v ); $n : count() )
        """, "");
    String commented = rule("""
          // $t : Threshold( key == "test.share" )
          $u : Threshold( key == "test.share" ) // as written
          MarketShare( share > $u.value )
        """, "");

    for (String drl : new String[] {otherField, modified, nested, commented}) {
      assertThat(ThresholdInlining.inline(drl)).isSameAs(drl);
    }
  }

  @Test
  void inline_aVariableInAStringOrComment_isNotARead() {
    String drl = rule("""
          $t : Threshold( key == "test.share" )
          $s : MarketShare( share > $t.value, company != "$t" ) // not $t.unit
        """, "");

    assertThat(ThresholdInlining.inline(drl))
        .contains("$s : MarketShare( share > " + VALUE + ", company != \"$t\" ) // not $t.unit");
  }

  private static String rule(String conditions, String consequence) {
    return TestPacks.HEADER + "declare Flag\n  level : double\nend\n\nrule \"r\"\n  @id(\"R\")\nwhen\n"
        + conditions.stripTrailing() + "\nthen\n" + consequence + "end\n";
  }

  /** Every line of the text as written is on the same line after, and nothing but the global is added. */
  private static void assertSameLines(String drl, String inlined) {
    String body = inlined.substring(0, inlined.lastIndexOf("\nglobal "));
    assertThat(body.lines().count()).isEqualTo(drl.lines().count());
    assertThat(body.lines().toList().get(drl.lines().toList().indexOf("end"))).isEqualTo("end");
  }
}
