package dev.antitrust.engine;

import dev.antitrust.model.ListMember;
import dev.antitrust.model.Threshold;
import java.util.ArrayList;
import java.util.List;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Decides whether a rule pack may run its cases in reused sessions.
 *
 * <p>A reused session keeps the thresholds and lists in force from one case to the next and removes
 * only the case's facts and what the rules derived from them; that saves building the whole network's
 * memory again for every case, which is most of the cost of a fresh session. It gives the same
 * result as a fresh session for every rule that matches at least one fact of the case itself, because
 * such a match is new for each case. A rule that matches only reference facts ({@link Threshold},
 * {@link ListMember}) and otherwise tests the case through {@code not}, {@code exists},
 * {@code accumulate} or {@code from} can keep a match that already fired across two cases where its
 * conditions hold alike, and would then not fire for the second: a pack with such a rule runs every
 * case in a fresh session instead.
 */
final class SessionReuse {
  private SessionReuse() {}

  /** The rules (as {@code package.name}) that keep a pack from reusing sessions; empty when it may. */
  static List<String> rulesPreventingReuse(KieBase base) {
    List<String> blocking = new ArrayList<>();
    for (KiePackage pkg : base.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        if (!(rule instanceof RuleImpl impl) || !matchesACaseFact(impl.getLhs())) {
          blocking.add(rule.getPackageName() + "." + rule.getName());
        }
      }
    }
    return blocking;
  }

  /** Whether the rule's top-level conditions include a plain pattern over a fact of the case. */
  private static boolean matchesACaseFact(GroupElement lhs) {
    if (!lhs.isAnd()) {
      return false;
    }
    for (RuleConditionElement element : lhs.getChildren()) {
      if (element instanceof GroupElement nested && nested.isAnd() && matchesACaseFact(nested)) {
        return true;
      }
      if (element instanceof Pattern pattern && pattern.getSource() == null
          && pattern.getObjectType() instanceof ClassObjectType type && isCaseFactType(type.getClassType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCaseFactType(Class<?> type) {
    // Object (or an interface every fact implements) would match the reference facts too.
    return type != Object.class && !type.isAssignableFrom(Threshold.class) && !type.isAssignableFrom(ListMember.class);
  }
}
