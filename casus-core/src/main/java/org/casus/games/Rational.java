package org.casus.games;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** An exact fraction of big integers, always in lowest terms with a positive denominator. */
public record Rational(BigInteger numerator, BigInteger denominator) implements Comparable<Rational> {
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    public Rational {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("a fraction with denominator 0");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Rational of(BigInteger numerator, BigInteger denominator) {
        return new Rational(numerator, denominator);
    }

    public static Rational of(long numerator, long denominator) {
        return new Rational(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public Rational add(Rational other) {
        return new Rational(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Rational multiply(Rational other) {
        return new Rational(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Rational divide(Rational other) {
        return new Rational(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public double doubleValue() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue();
    }

    /** The value rounded half-up to {@code digits} decimals (as {@link #toPlainString}), for JSON numbers. */
    public BigDecimal toDecimal(int digits) {
        return new BigDecimal(toPlainString(digits));
    }

    /**
     * The value rounded half-up to {@code digits} decimals, in integer arithmetic: {@code BigDecimal}'s class
     * alone takes several milliseconds to set up in a fresh process, more than a command's whole table of values.
     */
    public String toPlainString(int digits) {
        BigInteger twice = denominator.shiftLeft(1);
        BigInteger scaled = numerator.abs().multiply(BigInteger.TEN.pow(digits)).shiftLeft(1).add(denominator)
                .divide(twice);
        StringBuilder text = new StringBuilder(scaled.toString());
        while (text.length() <= digits) {
            text.insert(0, '0');
        }
        if (digits > 0) {
            text.insert(text.length() - digits, '.');
        }
        return numerator.signum() < 0 && scaled.signum() != 0 ? text.insert(0, '-').toString() : text.toString();
    }

    @Override
    public int compareTo(Rational other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** {@code 421/2145}, or {@code 0} and {@code 1} for whole numbers. */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
