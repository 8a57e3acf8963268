package io.newsflow.support.kafka;

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
 * (a platform lz4-java has no build for), the pure-Java code stays, and the log says so.
 */
@ApplicationScoped
public class NativeLz4 {

    private static final Logger LOG = Logger.getLogger(NativeLz4.class);

    void load(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent startup) {
        try {
            LZ4Factory.nativeInstance();
            LOG.debugf("lz4: native code loaded, %s", LZ4Factory.fastestInstance());
        } catch (LinkageError | AssertionError | RuntimeException e) {
            LOG.infof("lz4: native code did not load (%s); Kafka compresses with lz4-java's pure-Java code", e.toString());
        }
    }
}
