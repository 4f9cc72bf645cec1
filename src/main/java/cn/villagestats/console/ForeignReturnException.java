package cn.villagestats.console;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A village user uploaded a return whose cover names another village: 403, and nothing was stored. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ForeignReturnException extends RuntimeException {

    ForeignReturnException(String villageCode) {
        super("这份报表封面上的村代码是" + villageCode + "，不是本村的，未保存 / the return's cover names village "
                + villageCode + ", not this user's; it was not stored");
    }
}
