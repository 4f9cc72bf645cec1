package cn.villagestats.operations;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * How long the application waits for a database that stops answering: for a connection
 * ({@code villagestats.database.connect-timeout}) and for the answer to a statement
 * ({@code villagestats.database.statement-timeout}, the driver's socket timeout on
 * PostgreSQL), so that a run whose database is lost fails in bounded time instead of hanging.
 */
@Component
class DatabaseTimeouts implements BeanPostProcessor {

    private final Duration connect;
    private final Duration statement;

    DatabaseTimeouts(@Value("${villagestats.database.connect-timeout:60s}") Duration connect,
                     @Value("${villagestats.database.statement-timeout:60s}") Duration statement) {
        this.connect = connect;
        this.statement = statement;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            pool.setConnectionTimeout(connect.toMillis());
            // Hikari's check of a connection must be quicker than the wait for one
            pool.setValidationTimeout(Math.min(pool.getValidationTimeout(), Math.max(250, connect.toMillis() / 2)));
            String url = pool.getJdbcUrl();
            if (url != null && url.startsWith("jdbc:postgresql:")) {
                pool.addDataSourceProperty("connectTimeout", seconds(connect));
                pool.addDataSourceProperty("loginTimeout", seconds(connect));
                pool.addDataSourceProperty("socketTimeout", seconds(statement));
            }
        }
        return bean;
    }

    private static String seconds(Duration duration) {
        return String.valueOf(Math.max(1, duration.toSeconds()));
    }
}
