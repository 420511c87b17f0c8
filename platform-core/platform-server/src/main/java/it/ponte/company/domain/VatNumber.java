package it.ponte.company.domain;

import it.ponte.api.core.ItalianIds;

/** Italian VAT number (partita IVA): 11 digits, the last a check digit over the first ten. */
public final class VatNumber {

  private VatNumber() {}

  /** Whether the value is 11 digits with a correct check digit. */
  public static boolean isValid(String value) {
    return ItalianIds.isVatNumber(value);
  }

  /** The check digit of the first ten digits of a partita IVA. */
  public static int checkDigit(String tenDigits) {
    return ItalianIds.vatCheckDigit(tenDigits);
  }
}
