package io.hopscope.io.aws.describe;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The describe reader's databind mapper, built the first time an element needs it: an element the
 * {@link RecordBinder} leaves to databind, a file too big to hold in memory, a UTF-16 file. A
 * snapshot as the AWS CLI writes it needs none, and building one (its class initialisation makes
 * the JDK list every locale it has calendar data for) was about 130 ms of CPU on the second core
 * of every AWS import, beside the reading, plus the compiling of that code.
 */
final class DescribeMapper implements Supplier<ObjectMapper> {

    private final JsonFactory factory;
    private volatile ObjectMapper mapper;

    DescribeMapper(JsonFactory factory) {
        this.factory = factory;
    }

    /** Whether an element has needed databind so far. */
    boolean built() {
        return mapper != null;
    }

    @Override
    public ObjectMapper get() {
        ObjectMapper m = mapper;
        if (m == null) {
            synchronized (this) {
                m = mapper;
                if (m == null) {
                    SimpleModule timestamps = new SimpleModule("aws-timestamps");
                    timestamps.addDeserializer(Instant.class, new AwsTimestamps.Deserializer());
                    m = JsonMapper.builder(factory)
                            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                            .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, true)
                            .addModule(timestamps)
                            .build();
                    mapper = m;
                }
            }
        }
        return m;
    }
}
