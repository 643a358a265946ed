//! What the staff screens tell staff: kept as what it means, with its values, and put into
//! words only when drawn, so it is always in the language on screen.

/// One message to staff: one variant a message, its fields the message's arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The pad's entry is too short or too long to be a PIN; stray taps cost no try.
    PinLength,
    /// A wrong PIN.
    PinWrong {
        /// Tries left before entry locks.
        tries_left: u32,
    },
    /// Entry is locked after too many wrong PINs.
    PinLocked {
        /// Whole minutes until a PIN may be tried again, rounded up.
        minutes: u64,
    },
    /// A new PIN that is not 4 to 12 digits.
    NewPinInvalid,
    /// The new PIN was typed differently the second time.
    PinMismatch,
    /// The new PIN is stored.
    PinChanged,
    /// The settings are saved and in use.
    Saved,
    /// The settings are saved, but validation kept these fields as they were.
    SavedPartly {
        /// The fields whose values were not used, by their file names.
        fields: Vec<&'static str>,
    },
    /// Every usage count was deleted at staff request.
    UsageDeleted,
    /// Nothing could be saved: the kiosk runs without config files.
    NoConfigFiles,
    /// Saving failed.
    SaveFailed {
        /// What went wrong, as the operating system or the content check said it.
        error: String,
    },
}

impl Notice {
    /// The notice for a lock-out with `secs` left.
    #[must_use]
    pub fn locked_for(secs: u64) -> Self {
        Self::PinLocked {
            minutes: secs.div_ceil(60),
        }
    }
}
