package org.casus.model;

import java.util.random.RandomGenerator;

/**
 * An uncertain quantity of a scenario: a probability or a latency in days. Every variant can be
 * sampled, and reports the low and high values a sensitivity analysis sets it to.
 */
public sealed interface Distribution {

    double sample(RandomGenerator random);

    /** The value a sensitivity analysis takes as low. */
    double low();

    /** The value a sensitivity analysis takes as high. */
    double high();

    /** A short reading for reports: {@code (low 0.5, mode 0.745, high 0.9)}, {@code Beta(30.0, 10.0)}, {@code 14.0}. */
    String describe();

    /** Always {@code value}. */
    record Fixed(double value) implements Distribution {
        @Override
        public double sample(RandomGenerator random) {
            return value;
        }

        @Override
        public double low() {
            return value;
        }

        @Override
        public double high() {
            return value;
        }

        @Override
        public String describe() {
            return Double.toString(value);
        }
    }

    /** Triangular between {@code low} and {@code high} with its mode at {@code likely}. */
    record Triangular(double low, double likely, double high) implements Distribution {
        public Triangular {
            if (!(low <= likely && likely <= high)) {
                throw new IllegalArgumentException("expected low <= likely <= high, got " + low + ", " + likely + ", " + high);
            }
        }

        @Override
        public double sample(RandomGenerator random) {
            if (high == low) {
                return low;
            }
            double u = random.nextDouble();
            double cut = (likely - low) / (high - low);
            return u < cut ? low + Math.sqrt(u * (high - low) * (likely - low))
                    : high - Math.sqrt((1 - u) * (high - low) * (high - likely));
        }

        @Override
        public String describe() {
            return "(low " + low + ", mode " + likely + ", high " + high + ")";
        }
    }

    /**
     * Beta(alpha, beta), for probabilities; low and high are its 5% and 95% quantiles, found by
     * bisection on a numerically integrated distribution function.
     */
    record Beta(double alpha, double beta) implements Distribution {
        public Beta {
            if (!(alpha > 0 && beta > 0)) {
                throw new IllegalArgumentException("Beta parameters must be positive, got " + alpha + ", " + beta);
            }
        }

        @Override
        public double sample(RandomGenerator random) {
            double x = gamma(alpha, random);
            double y = gamma(beta, random);
            return x / (x + y);
        }

        /** Marsaglia and Tsang (2000), with the boost for shapes below 1. */
        private static double gamma(double shape, RandomGenerator random) {
            if (shape < 1) {
                return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
            }
            double d = shape - 1.0 / 3;
            double c = 1 / Math.sqrt(9 * d);
            while (true) {
                double z = random.nextGaussian();
                double v = 1 + c * z;
                if (v <= 0) {
                    continue;
                }
                v = v * v * v;
                double u = random.nextDouble();
                if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                    return d * v;
                }
            }
        }

        @Override
        public double low() {
            return quantile(0.05);
        }

        @Override
        public double high() {
            return quantile(0.95);
        }

        private double quantile(double p) {
            int steps = 2000;
            double[] cdf = new double[steps + 1];
            for (int i = 1; i <= steps; i++) {
                double x = (i - 0.5) / steps;
                cdf[i] = cdf[i - 1] + Math.pow(x, alpha - 1) * Math.pow(1 - x, beta - 1);
            }
            for (int i = 1; i <= steps; i++) {
                if (cdf[i] / cdf[steps] >= p) {
                    return (double) i / steps;
                }
            }
            return 1;
        }

        @Override
        public String describe() {
            return "Beta(" + alpha + ", " + beta + ")";
        }
    }

    /** Log-normal with the given median and log-scale spread; low and high are its 5% and 95% quantiles. */
    record LogNormal(double median, double sigma) implements Distribution {
        private static final double Z95 = 1.6448536269514722;

        public LogNormal {
            if (!(median > 0 && sigma >= 0)) {
                throw new IllegalArgumentException("log-normal needs a positive median and sigma >= 0");
            }
        }

        @Override
        public double sample(RandomGenerator random) {
            return median * Math.exp(sigma * random.nextGaussian());
        }

        @Override
        public double low() {
            return median * Math.exp(-Z95 * sigma);
        }

        @Override
        public double high() {
            return median * Math.exp(Z95 * sigma);
        }

        @Override
        public String describe() {
            return "lognormal(median " + median + ", sigma " + sigma + ")";
        }
    }
}
