package cn.villagestats.console;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An uploaded file over villagestats.console.max-upload-mb: 413, and nothing was stored. */
@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
public class UploadTooLargeException extends RuntimeException {

    UploadTooLargeException(long maxBytes) {
        super("文件超过上传上限 " + maxBytes / (1024 * 1024) + " MB，未保存 / the file is over the upload limit of "
                + maxBytes / (1024 * 1024) + " MB; it was not stored");
    }
}
