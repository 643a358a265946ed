//! The Fluent ids the code uses (all in `ui.ftl`). The content lint treats them as used,
//! and a test checks that every locale defines them.

/// `app-title`
pub const APP_TITLE: &str = "app-title";
/// `language-name`
pub const LANGUAGE_NAME: &str = "language-name";
/// `home-intro`
pub const HOME_INTRO: &str = "home-intro";
/// `home-track-pages`
pub const HOME_TRACK_PAGES: &str = "home-track-pages";
/// `home-open-track`
pub const HOME_OPEN_TRACK: &str = "home-open-track";
/// `home-hint`
pub const HOME_HINT: &str = "home-hint";
/// `nav-previous`
pub const NAV_PREVIOUS: &str = "nav-previous";
/// `nav-next`
pub const NAV_NEXT: &str = "nav-next";
/// `nav-home`
pub const NAV_HOME: &str = "nav-home";
/// `page-progress`
pub const PAGE_PROGRESS: &str = "page-progress";
/// `swipe-hint`
pub const SWIPE_HINT: &str = "swipe-hint";
/// `text-size-label`
pub const TEXT_SIZE_LABEL: &str = "text-size-label";
/// `contrast-label`
pub const CONTRAST_LABEL: &str = "contrast-label";
/// `legend-title`
pub const LEGEND_TITLE: &str = "legend-title";
/// `legend-proven`
pub const LEGEND_PROVEN: &str = "legend-proven";
/// `legend-broad`
pub const LEGEND_BROAD: &str = "legend-broad";
/// `page-source`
pub const PAGE_SOURCE: &str = "page-source";
/// `content-reviewed`
pub const CONTENT_REVIEWED: &str = "content-reviewed";
/// `about-open`
pub const ABOUT_OPEN: &str = "about-open";
/// `qr-hint`
pub const QR_HINT: &str = "qr-hint";
/// `consult-desk-title`
pub const CONSULT_DESK_TITLE: &str = "consult-desk-title";
/// `consult-desk-location`
pub const CONSULT_DESK_LOCATION: &str = "consult-desk-location";
/// `consult-desk-phone`
pub const CONSULT_DESK_PHONE: &str = "consult-desk-phone";
/// `consult-desk-hours`
pub const CONSULT_DESK_HOURS: &str = "consult-desk-hours";
/// `attract-touch`
pub const ATTRACT_TOUCH: &str = "attract-touch";
/// `attract-subtitle`
pub const ATTRACT_SUBTITLE: &str = "attract-subtitle";
/// `idle-title`
pub const IDLE_TITLE: &str = "idle-title";
/// `idle-countdown`
pub const IDLE_COUNTDOWN: &str = "idle-countdown";
/// `idle-continue`
pub const IDLE_CONTINUE: &str = "idle-continue";
/// `staff-pin-title`
pub const STAFF_PIN_TITLE: &str = "staff-pin-title";
/// `staff-pin-wrong`
pub const STAFF_PIN_WRONG: &str = "staff-pin-wrong";
/// `staff-pin-locked`
pub const STAFF_PIN_LOCKED: &str = "staff-pin-locked";
/// `staff-pin-clear`
pub const STAFF_PIN_CLEAR: &str = "staff-pin-clear";
/// `staff-pin-enter`
pub const STAFF_PIN_ENTER: &str = "staff-pin-enter";
/// `staff-cancel`
pub const STAFF_CANCEL: &str = "staff-cancel";
/// `staff-not-set-up-title`
pub const STAFF_NOT_SET_UP_TITLE: &str = "staff-not-set-up-title";
/// `staff-not-set-up-body`
pub const STAFF_NOT_SET_UP_BODY: &str = "staff-not-set-up-body";
/// `staff-menu-title`
pub const STAFF_MENU_TITLE: &str = "staff-menu-title";
/// `staff-open-settings`
pub const STAFF_OPEN_SETTINGS: &str = "staff-open-settings";
/// `staff-show-cursor`
pub const STAFF_SHOW_CURSOR: &str = "staff-show-cursor";
/// `staff-hide-cursor`
pub const STAFF_HIDE_CURSOR: &str = "staff-hide-cursor";
/// `staff-quit`
pub const STAFF_QUIT: &str = "staff-quit";
/// `staff-lock`
pub const STAFF_LOCK: &str = "staff-lock";
/// `staff-auto-lock`
pub const STAFF_AUTO_LOCK: &str = "staff-auto-lock";

/// `about-title` (in `about.ftl`)
pub const ABOUT_TITLE: &str = "about-title";
/// `consult-general-title` (in `about.ftl`)
pub const CONSULT_GENERAL_TITLE: &str = "consult-general-title";
/// `consult-general-body` (in `about.ftl`)
pub const CONSULT_GENERAL_BODY: &str = "consult-general-body";
/// `consult-support-center` (in `about.ftl`)
pub const CONSULT_SUPPORT_CENTER: &str = "consult-support-center";

/// Every id above, for the lint and the tests.
pub const ALL: &[&str] = &[
    APP_TITLE,
    LANGUAGE_NAME,
    HOME_INTRO,
    HOME_TRACK_PAGES,
    HOME_OPEN_TRACK,
    HOME_HINT,
    NAV_PREVIOUS,
    NAV_NEXT,
    NAV_HOME,
    PAGE_PROGRESS,
    SWIPE_HINT,
    TEXT_SIZE_LABEL,
    CONTRAST_LABEL,
    LEGEND_TITLE,
    LEGEND_PROVEN,
    LEGEND_BROAD,
    PAGE_SOURCE,
    CONTENT_REVIEWED,
    ABOUT_OPEN,
    QR_HINT,
    CONSULT_DESK_TITLE,
    CONSULT_DESK_LOCATION,
    CONSULT_DESK_PHONE,
    CONSULT_DESK_HOURS,
    ATTRACT_TOUCH,
    ATTRACT_SUBTITLE,
    IDLE_TITLE,
    IDLE_COUNTDOWN,
    IDLE_CONTINUE,
    STAFF_PIN_TITLE,
    STAFF_PIN_WRONG,
    STAFF_PIN_LOCKED,
    STAFF_PIN_CLEAR,
    STAFF_PIN_ENTER,
    STAFF_CANCEL,
    STAFF_NOT_SET_UP_TITLE,
    STAFF_NOT_SET_UP_BODY,
    STAFF_MENU_TITLE,
    STAFF_OPEN_SETTINGS,
    STAFF_SHOW_CURSOR,
    STAFF_HIDE_CURSOR,
    STAFF_QUIT,
    STAFF_LOCK,
    STAFF_AUTO_LOCK,
    ABOUT_TITLE,
    CONSULT_GENERAL_TITLE,
    CONSULT_GENERAL_BODY,
    CONSULT_SUPPORT_CENTER,
];
