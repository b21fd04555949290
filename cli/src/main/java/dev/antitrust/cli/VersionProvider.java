package dev.antitrust.cli;

import dev.antitrust.engine.RiskEngine;
import picocli.CommandLine.IVersionProvider;

/** Answers {@code --version}; picocli asks only then, so no other command pays for it. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {
      "antitrust " + RiskEngine.version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
          + System.getProperty("os.name") + " " + System.getProperty("os.arch"),
    };
  }
}
