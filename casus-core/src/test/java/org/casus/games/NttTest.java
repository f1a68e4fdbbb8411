package org.casus.games;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Transforms, products and exp modulo NTT primes against plain arithmetic. */
class NttTest {

    private static Ntt ntt(int log, int index) {
        return new Ntt(Moduli.primes(61 * (index + 1))[index], log);
    }

    private static long[] random(Random random, int length, long p) {
        long[] a = new long[length];
        for (int i = 0; i < length; i++) {
            // the extremes 0 and p - 1 often, to catch carries
            int kind = random.nextInt(4);
            a[i] = kind == 0 ? 0 : kind == 1 ? p - 1 : random.nextLong(p);
        }
        return a;
    }

    private static long[] schoolbook(long[] a, long[] b, long p) {
        BigInteger prime = BigInteger.valueOf(p);
        long[] c = new long[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                c[i + j] = BigInteger.valueOf(a[i]).multiply(BigInteger.valueOf(b[j])).add(BigInteger.valueOf(c[i + j]))
                        .mod(prime).longValueExact();
            }
        }
        return c;
    }

    @Test
    void primes_suit_transforms_and_cover_the_bits() {
        long[] primes = Moduli.primes(1000);
        BigInteger product = BigInteger.ONE;
        for (long p : primes) {
            assertThat(BigInteger.valueOf(p).isProbablePrime(64)).isTrue();
            assertThat(p).isLessThan(1L << 62).isGreaterThan(1L << 61);
            assertThat((p - 1) % (1 << Ntt.MAX_LOG)).isZero();
            product = product.multiply(BigInteger.valueOf(p));
        }
        assertThat(product.bitLength()).isGreaterThan(1000);
        assertThat(primes).hasSize(17).doesNotHaveDuplicates();
    }

    @Property(tries = 60)
    void products_match_the_schoolbook(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int lengthA,
                                       @ForAll @IntRange(min = 1, max = 300) int lengthB,
                                       @ForAll @IntRange(min = 0, max = 5) int primeIndex) {
        Ntt ntt = ntt(10, primeIndex);
        Random random = new Random(seed);
        long[] a = random(random, lengthA, ntt.prime());
        long[] b = random(random, lengthB, ntt.prime());
        assertThat(ntt.multiply(a, b)).containsExactly(schoolbook(a, b, ntt.prime()));
    }

    @Test
    void transforms_are_inverse_up_to_the_length() {
        Ntt ntt = ntt(12, 0);
        long p = ntt.prime();
        long[] a = random(new Random(7), 1 << 12, p);
        long[] b = a.clone();
        ntt.transform(b, b.length);
        assertThat(b).isNotEqualTo(a);
        ntt.inverseTransform(b, b.length);
        BigInteger n = BigInteger.valueOf(b.length);
        for (int i = 0; i < a.length; i++) {
            assertThat(b[i]).isEqualTo(BigInteger.valueOf(a[i]).multiply(n).mod(BigInteger.valueOf(p)).longValueExact());
        }
    }

    @Property(tries = 40)
    void exp_undoes_log_of_one_plus_x_to_the_w(@ForAll @IntRange(min = 1, max = 700) int length,
                                                 @ForAll @IntRange(min = 1, max = 50) int w,
                                                 @ForAll @IntRange(min = 0, max = 3) int primeIndex) {
        Ntt ntt = ntt(10, primeIndex);
        long[] log = new long[length];
        ntt.addLogOnePlus(log, w, 1);
        long[] expected = new long[length];
        expected[0] = 1;
        if (w < length) {
            expected[w] = 1;
        }
        assertThat(ntt.exp(log, length)).containsExactly(expected);
    }

    @Property(tries = 40)
    void exp_of_the_log_sum_is_the_product(@ForAll long seed, @ForAll @IntRange(min = 1, max = 1000) int length) {
        // prod (1 + x^w_i) with repeated weights, by multiplying factor by factor
        Ntt ntt = ntt(10, 1);
        long p = ntt.prime();
        Random random = new Random(seed);
        long[] log = new long[length];
        long[] product = new long[length];
        product[0] = 1;
        for (int i = 0, players = random.nextInt(60); i < players; i++) {
            int w = 1 + random.nextInt(random.nextBoolean() ? 8 : 400);
            ntt.addLogOnePlus(log, w, 1);
            for (int t = length - 1; t >= w; t--) {
                product[t] = (product[t] + product[t - w]) % p;
            }
        }
        assertThat(ntt.exp(log, length)).containsExactly(product);
        assertThat(Arrays.stream(ntt.exp(new long[length], length)).sum()).isEqualTo(1);
    }
}
