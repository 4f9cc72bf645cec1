package cn.villagestats.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit, whether the servlet container's multipart limit stops it
 * (before any controller is chosen, hence an advice for all) or {@link ReturnUploads} does.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class UploadLimits {

    @ExceptionHandler({MaxUploadSizeExceededException.class, UploadTooLargeException.class})
    Object tooLarge(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return org.springframework.http.ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(java.util.Map.of(
                    "status", 413, "error", "文件超过上传上限，未保存 / the upload is over the size limit; it was not stored"));
        }
        ModelAndView page = new ModelAndView("upload-refused", HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("user", ConsoleModel.currentUser());
        page.addObject("reason", e instanceof UploadTooLargeException ? e.getMessage()
                : "文件超过上传上限，未保存 / the upload is over the size limit; it was not stored");
        return page;
    }
}
