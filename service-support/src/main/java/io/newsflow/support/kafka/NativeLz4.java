package io.newsflow.support.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.MetricNames;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import net.jpountz.lz4.LZ4Factory;
import org.jboss.logging.Logger;

/**
 * Makes Kafka's lz4 compression run lz4-java's native code. lz4-java chooses its native code by itself only when the
 * system class loader loaded it; Quarkus loads it with its own, so every record batch was compressed and read with
 * the pure-Java implementation, about five times the CPU of the native one (11 % of extract-service's CPU in a
 * pipeline benchmark). Once the native library is loaded, {@code LZ4Factory.fastestInstance()}, which Kafka asks for
 * each batch, answers the native one. This runs before the messaging channels start. Where the library does not load
 * (a platform lz4-java has no build for), the pure-Java code stays, the log says so, and the gauge
 * {@code newsflow_kafka_lz4_native} reads 0.
 */
@ApplicationScoped
public class NativeLz4 {

    private static final Logger LOG = Logger.getLogger(NativeLz4.class);

    private final MeterRegistry registry;

    public NativeLz4(MeterRegistry registry) {
        this.registry = registry;
    }

    void load(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent startup) {
        try {
            LZ4Factory.nativeInstance();
            LOG.debugf("lz4: native code loaded, %s", LZ4Factory.fastestInstance());
        } catch (LinkageError | AssertionError | RuntimeException e) {
            LOG.infof("lz4: native code did not load (%s); Kafka compresses with lz4-java's pure-Java code", e.toString());
        }
        Gauge.builder(MetricNames.KAFKA_LZ4_NATIVE, NativeLz4::nativeInUse).register(registry);
    }

    /** 1 when the implementation Kafka gets is lz4-java's native one ({@code LZ4Factory:JNI}), else 0. */
    private static double nativeInUse() {
        return LZ4Factory.fastestInstance().toString().endsWith(":JNI") ? 1 : 0;
    }
}
