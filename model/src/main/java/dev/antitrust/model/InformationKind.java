package dev.antitrust.model;

/**
 * Information that may flow from one party to another under an agreement. All of these are
 * commercially sensitive between competitors (FTC 6(b) AI partnerships report, 2025, §A3.2(3); EU
 * Horizontal Guidelines 2023, chapter 6).
 */
public enum InformationKind implements WireName {
  USAGE_DATA,
  CAPACITY_PLANS,
  PRICING,
  ROADMAP,
  MODEL_DETAILS,
  CUSTOMER_DATA,
  FINANCIALS,
  MODEL_OUTPUTS
}
