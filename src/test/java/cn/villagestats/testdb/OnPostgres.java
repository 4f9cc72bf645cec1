package cn.villagestats.testdb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test class against PostgreSQL instead of H2: the class's application
 * context gets a database of its own, created on the PostgreSQL server before the context
 * starts and dropped when it closes, which {@link DirtiesContext} makes the end of the class.
 * Put it on a subclass of an H2 test class to run the same tests on both engines.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresServerCheck.class)
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
@DirtiesContext
public @interface OnPostgres {
}
