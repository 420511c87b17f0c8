package it.ponte.company.domain;

/** Italian VAT number (partita IVA): 11 digits, the last a check digit over the first ten. */
public final class VatNumber {

  private VatNumber() {}

  /** Whether the value is 11 digits with a correct check digit. */
  public static boolean isValid(String value) {
    if (value == null || !value.matches("\\d{11}")) {
      return false;
    }
    return checkDigit(value.substring(0, 10)) == value.charAt(10) - '0';
  }

  /** The check digit of the first ten digits of a partita IVA. */
  public static int checkDigit(String tenDigits) {
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
