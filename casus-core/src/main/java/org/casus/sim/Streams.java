package org.casus.sim;

import java.util.SplittableRandom;

/**
 * Random streams addressed by (seed, run, key): every run and every actor within it draws from
 * its own stream, so results do not depend on the number of threads, and the same actor makes
 * the same draws in every arrangement compared (common random numbers).
 */
final class Streams {
    private Streams() {
    }

    static SplittableRandom of(long seed, int run, String key) {
        long state = mix(seed);
        state = mix(state ^ (run * 0x9E3779B97F4A7C15L));
        state = mix(state ^ key.hashCode());
        return new SplittableRandom(state);
    }

    /** The SplitMix64 finaliser (Steele, Lea and Flood 2014). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
