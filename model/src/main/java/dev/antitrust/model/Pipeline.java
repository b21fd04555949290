package dev.antitrust.model;

/**
 * A supply relationship: one firm supplies an input to another, exclusively or not.
 *
 * @param id unique within the case
 * @param agreement id of the agreement that creates it, or null
 * @param supplier company id
 * @param customer company id
 * @param input what is supplied
 * @param exclusive true when the customer may not buy elsewhere or the supplier may not sell elsewhere
 * @param shareOfSupplierCapacity percent of the supplier's capacity of that input committed
 * @param marketForeclosed percent of the input market tied up by this pipeline
 * @param durationMonths term in months, or null when unknown
 * @param inputMarket id of the market for the input supplied, or null
 * @param indefinite true when the term is indefinite or renews tacitly
 */
public record Pipeline(
    String id,
    String agreement,
    String supplier,
    String customer,
    InputKind input,
    boolean exclusive,
    double shareOfSupplierCapacity,
    double marketForeclosed,
    Integer durationMonths,
    String inputMarket,
    boolean indefinite) {

  public Pipeline {
    Require.id("id", id);
    Require.optionalId("agreement", agreement);
    Require.id("supplier", supplier);
    Require.id("customer", customer);
    if (supplier.equals(customer)) {
      throw new InvalidFactException("customer", "pipeline '" + id + "' supplies '" + supplier + "' to itself");
    }
    Require.present("input", input);
    Require.percent("shareOfSupplierCapacity", shareOfSupplierCapacity);
    Require.percent("marketForeclosed", marketForeclosed);
    Require.optionalCount("durationMonths", durationMonths, Require.MAX_MONTHS);
    Require.optionalId("inputMarket", inputMarket);
  }

  /** The term in months, 0 when unknown. */
  public int months() {
    return durationMonths == null ? 0 : durationMonths;
  }
}
