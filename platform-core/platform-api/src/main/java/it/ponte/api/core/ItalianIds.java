package it.ponte.api.core;

/** Checks of Italian identifiers that plugins and the core both validate. */
public final class ItalianIds {

  private ItalianIds() {}

  /**
   * Whether the value is a partita IVA (also the codice fiscale of an organisation): 11 digits, the
   * last a check digit over the first ten.
   */
  public static boolean isVatNumber(String value) {
    if (value == null || !value.matches("\\d{11}")) {
      return false;
    }
    return vatCheckDigit(value.substring(0, 10)) == value.charAt(10) - '0';
  }

  /** The check digit of the first ten digits of a partita IVA. */
  public static int vatCheckDigit(String tenDigits) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int digit = tenDigits.charAt(i) - '0';
      if (i % 2 == 1) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return (10 - sum % 10) % 10;
  }
}
