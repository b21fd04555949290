package dev.antitrust.engine;

import dev.antitrust.model.Case;
import dev.antitrust.model.Finding;
import dev.antitrust.model.ListMember;
import dev.antitrust.model.Threshold;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.EntryPoint;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A rule session that runs one case at a time and can be used again (see {@link SessionReuse} for
 * when that is sound). Between cases it keeps the reference facts — the thresholds and list members
 * in force — and changes only those that differ for the next case; the case's own facts and
 * everything the rules derived from them are deleted after each case. Not thread-safe: one case at a
 * time, which {@link SessionPool} ensures.
 */
final class WarmSession {
  /** A finding together with the rule that raised it. */
  record Raised(Rule rule, Finding finding) {}

  private final KieSession session;
  private final Map<String, FactHandle> thresholdHandles = new HashMap<>();
  private final Map<String, Threshold> thresholds = new HashMap<>();
  private final Map<ListMember, FactHandle> memberHandles = new HashMap<>();
  /** The list members last loaded, to skip the comparison when the next case has the same lists. */
  private List<ListMember> members = List.of();
  private final Set<FactHandle> referenceHandles = Collections.newSetFromMap(new IdentityHashMap<>());
  /** What the rules raised and how often each fired, for the case in progress. */
  private List<Raised> raised = new ArrayList<>();
  private Map<String, Integer> firings = new HashMap<>();

  WarmSession(KieBase base) {
    this.session = base.newKieSession();
    session.addEventListener(new DefaultRuleRuntimeEventListener() {
      @Override
      public void objectInserted(ObjectInsertedEvent event) {
        if (event.getObject() instanceof Finding f) {
          raised.add(new Raised(event.getRule(), f));
        }
      }
    });
    session.addEventListener(new DefaultAgendaEventListener() {
      @Override
      public void afterMatchFired(AfterMatchFiredEvent event) {
        firings.merge(CaseRun.qualifiedName(event.getMatch().getRule()), 1, Integer::sum);
      }
    });
  }

  KieSession session() {
    return session;
  }

  List<Raised> raised() {
    return raised;
  }

  Map<String, Integer> firings() {
    return firings;
  }

  /** Brings the reference facts up to date for the next case and inserts the case and its facts. */
  void load(Map<String, Threshold> inForce, List<ListMember> listMembers, Case theCase) {
    raised = new ArrayList<>();
    firings = new HashMap<>();
    loadThresholds(inForce);
    if (!listMembers.equals(members)) {
      loadMembers(listMembers);
    }
    session.insert(theCase);
    theCase.facts().forEach(session::insert);
  }

  private void loadThresholds(Map<String, Threshold> inForce) {
    for (Threshold t : inForce.values()) {
      Threshold current = thresholds.put(t.key(), t);
      if (current == null) {
        FactHandle handle = session.insert(t);
        thresholdHandles.put(t.key(), handle);
        referenceHandles.add(handle);
      } else if (!current.equals(t)) {
        session.update(thresholdHandles.get(t.key()), t);
      }
    }
    if (thresholds.size() > inForce.size()) {
      for (String key : new ArrayList<>(thresholds.keySet())) {
        if (!inForce.containsKey(key)) {
          thresholds.remove(key);
          FactHandle handle = thresholdHandles.remove(key);
          referenceHandles.remove(handle);
          session.delete(handle);
        }
      }
    }
  }

  private void loadMembers(List<ListMember> listMembers) {
    Set<ListMember> wanted = new HashSet<>(listMembers);
    for (ListMember m : List.copyOf(memberHandles.keySet())) {
      if (!wanted.contains(m)) {
        FactHandle handle = memberHandles.remove(m);
        referenceHandles.remove(handle);
        session.delete(handle);
      }
    }
    for (ListMember m : wanted) {
      if (!memberHandles.containsKey(m)) {
        FactHandle handle = session.insert(m);
        memberHandles.put(m, handle);
        referenceHandles.add(handle);
      }
    }
    members = List.copyOf(listMembers);
  }

  /**
   * Deletes every fact but the reference facts, in every entry point, so the session holds nothing
   * of the case. Facts a rule inserted logically may go with the facts that supported them, so each
   * handle is checked before it is deleted.
   */
  void clearCase() {
    session.getEntryPoints().forEach(this::clear);
    raised = new ArrayList<>();
    firings = new HashMap<>();
  }

  private void clear(EntryPoint entryPoint) {
    Collection<FactHandle> handles = entryPoint.getFactHandles();
    for (FactHandle handle : List.copyOf(handles)) {
      if (!referenceHandles.contains(handle) && entryPoint.getObject(handle) != null) {
        entryPoint.delete(handle);
      }
    }
  }

  void dispose() {
    session.dispose();
  }
}
