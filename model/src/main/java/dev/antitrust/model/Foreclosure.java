package dev.antitrust.model;

import java.util.List;

/**
 * Indicator: the share of an input market a firm's group ties up through all its exclusive
 * pipelines together, not each alone (capped at 100).
 *
 * @param firm the supplying group's head
 * @param input the input supplied
 * @param share percent of the input market foreclosed
 * @param pipelines ids of the exclusive pipelines counted, sorted
 */
public record Foreclosure(String firm, InputKind input, double share, List<String> pipelines) {

  public Foreclosure {
    Require.id("firm", firm);
    Require.present("input", input);
    Require.percent("share", share);
    pipelines = Require.ids("pipelines", pipelines).stream().sorted().toList();
  }
}
