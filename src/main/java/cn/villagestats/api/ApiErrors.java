package cn.villagestats.api;

import java.util.Map;

import cn.villagestats.console.ForeignReturnException;
import cn.villagestats.console.UploadTooLargeException;
import cn.villagestats.operations.RunRefusedException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/** The API's refusals as JSON {@code {status, error}}: 400, 403, 404, 409 (a run refused as the command line would), 413. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnWebApplication
class ApiErrors {

    @ExceptionHandler(RunRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(RunRefusedException e) {
        return ResponseEntity.status(409).body(ApiController.error(409, e.getMessage()));
    }

    @ExceptionHandler(ForeignReturnException.class)
    ResponseEntity<Map<String, Object>> foreign(ForeignReturnException e) {
        return ResponseEntity.status(403).body(ApiController.error(403, e.getMessage()));
    }

    @ExceptionHandler(UploadTooLargeException.class)
    ResponseEntity<Map<String, Object>> tooLarge(UploadTooLargeException e) {
        return ResponseEntity.status(413).body(ApiController.error(413, e.getMessage()));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, Object>> status(ResponseStatusException e) {
        int status = e.getStatusCode().value();
        return ResponseEntity.status(status).body(ApiController.error(status, e.getReason()));
    }
}
