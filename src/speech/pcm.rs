//! Synthesised audio in memory and as WAV: the engines write WAV files, `aplay` reads WAV
//! on its input and the cache keeps WAV files, so one format serves all three. Volume is
//! applied here, to the samples, so the system's mixer is never touched.

use std::io::Cursor;
use std::time::Duration;

use super::{Pcm, SpeechError};

/// The size of the canonical WAV header [`Pcm::to_wav`] writes.
const WAV_HEADER_BYTES: usize = 44;

impl Pcm {
    /// Reads a WAV file as the engines write it: 16-bit integer samples, mono or stereo
    /// (stereo is mixed down to mono, so every sink and the cache see one channel).
    ///
    /// # Errors
    /// [`SpeechError::BadAudio`] naming what is wrong: not a WAV file, truncated, another
    /// sample format, more than two channels, or a sample rate of zero.
    pub fn from_wav(bytes: &[u8]) -> Result<Pcm, SpeechError> {
        let mut reader = hound::WavReader::new(Cursor::new(bytes))
            .map_err(|e| SpeechError::BadAudio(format!("not a WAV file: {e}")))?;
        let spec = reader.spec();
        if spec.sample_format != hound::SampleFormat::Int || spec.bits_per_sample != 16 {
            return Err(SpeechError::BadAudio(format!(
                "{}-bit {} samples, where 16-bit integer samples are expected",
                spec.bits_per_sample,
                match spec.sample_format {
                    hound::SampleFormat::Int => "integer",
                    hound::SampleFormat::Float => "floating-point",
                },
            )));
        }
        if spec.sample_rate == 0 {
            return Err(SpeechError::BadAudio("a sample rate of 0".to_owned()));
        }
        let samples = reader
            .samples::<i16>()
            .collect::<Result<Vec<i16>, _>>()
            .map_err(|e| SpeechError::BadAudio(format!("damaged samples: {e}")))?;
        let samples = match spec.channels {
            1 => samples,
            2 => samples
                .chunks_exact(2)
                .map(|pair| match *pair {
                    [left, right] => mix(left, right),
                    _ => 0,
                })
                .collect(),
            n => {
                return Err(SpeechError::BadAudio(format!(
                    "{n} channels, where mono or stereo is expected"
                )));
            }
        };
        Ok(Pcm {
            sample_rate: spec.sample_rate,
            samples,
        })
    }

    /// The audio as a mono 16-bit WAV file, as `aplay` and the cache take it. Written by
    /// hand (a 44-byte header and the samples), so it cannot fail.
    pub fn to_wav(&self) -> Vec<u8> {
        // A WAV file cannot say more than 4 GiB; speech is seconds long, so this only
        // keeps the arithmetic total.
        let data_bytes = u32::try_from(self.samples.len() * 2).unwrap_or(u32::MAX - 64);
        let mut wav = Vec::with_capacity(WAV_HEADER_BYTES + self.samples.len() * 2);
        wav.extend_from_slice(b"RIFF");
        wav.extend_from_slice(&(36 + data_bytes).to_le_bytes());
        wav.extend_from_slice(b"WAVE");
        wav.extend_from_slice(b"fmt ");
        wav.extend_from_slice(&16u32.to_le_bytes()); // size of the format chunk
        wav.extend_from_slice(&1u16.to_le_bytes()); // PCM
        wav.extend_from_slice(&1u16.to_le_bytes()); // mono
        wav.extend_from_slice(&self.sample_rate.to_le_bytes());
        wav.extend_from_slice(&self.sample_rate.saturating_mul(2).to_le_bytes()); // bytes a second
        wav.extend_from_slice(&2u16.to_le_bytes()); // bytes a frame
        wav.extend_from_slice(&16u16.to_le_bytes()); // bits a sample
        wav.extend_from_slice(b"data");
        wav.extend_from_slice(&data_bytes.to_le_bytes());
        for sample in &self.samples {
            wav.extend_from_slice(&sample.to_le_bytes());
        }
        wav
    }

    /// How long the audio plays: what the reader waits for and the tests compare.
    pub fn duration(&self) -> Duration {
        if self.sample_rate == 0 {
            return Duration::ZERO;
        }
        let samples = self.samples.len() as u64;
        let rate = u64::from(self.sample_rate);
        Duration::from_secs(samples / rate)
            + Duration::from_nanos((samples % rate) * 1_000_000_000 / rate)
    }

    /// The audio at `gain` times its loudness (a [`super::Volume`] step), rounded and
    /// clipped to the 16-bit range instead of wrapping round, which would crackle.
    #[must_use]
    pub fn scaled(&self, gain: f32) -> Pcm {
        Pcm {
            sample_rate: self.sample_rate,
            samples: self
                .samples
                .iter()
                .map(|&sample| saturate((f32::from(sample) * gain).round()))
                .collect(),
        }
    }

    /// Root mean square of the samples (0 to 32768): how loud the audio is on average. The
    /// tests use it to tell speech from silence.
    pub fn rms(&self) -> f64 {
        if self.samples.is_empty() {
            return 0.0;
        }
        let sum: f64 = self
            .samples
            .iter()
            .map(|&sample| f64::from(sample) * f64::from(sample))
            .sum();
        #[expect(
            clippy::cast_precision_loss,
            reason = "a sample count is far below 2^52, where f64 stops being exact"
        )]
        let count = self.samples.len() as f64;
        (sum / count).sqrt()
    }

    /// The largest absolute sample (0 to 32768): how close the audio comes to clipping.
    pub fn peak(&self) -> u16 {
        self.samples
            .iter()
            .map(|sample| sample.unsigned_abs())
            .max()
            .unwrap_or(0)
    }
}

/// The mean of two channels.
fn mix(left: i16, right: i16) -> i16 {
    let mean = i32::midpoint(i32::from(left), i32::from(right));
    // The mean of two i16 values is an i16 value.
    i16::try_from(mean).unwrap_or(0)
}

/// `value` clipped to the 16-bit range.
fn saturate(value: f32) -> i16 {
    #[expect(
        clippy::cast_possible_truncation,
        reason = "clamped to the i16 range first; a float-to-int `as` also saturates"
    )]
    let sample = value.clamp(f32::from(i16::MIN), f32::from(i16::MAX)) as i16;
    sample
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pcm(samples: &[i16]) -> Pcm {
        Pcm {
            sample_rate: 48_000,
            samples: samples.to_vec(),
        }
    }

    fn wav_with(
        spec: hound::WavSpec,
        write: impl FnOnce(&mut hound::WavWriter<Cursor<&mut Vec<u8>>>),
    ) -> Vec<u8> {
        let mut bytes = Vec::new();
        let mut writer = hound::WavWriter::new(Cursor::new(&mut bytes), spec).unwrap();
        write(&mut writer);
        writer.finalize().unwrap();
        bytes
    }

    #[test]
    fn wav_round_trips_and_hound_reads_what_we_write() {
        let original = Pcm {
            sample_rate: 32_000,
            samples: vec![0, 1, -1, i16::MAX, i16::MIN, 1234, -4321],
        };
        let wav = original.to_wav();
        assert_eq!(wav.len(), 44 + 14);
        assert_eq!(Pcm::from_wav(&wav).unwrap(), original);
        let reader = hound::WavReader::new(Cursor::new(&wav)).unwrap();
        assert_eq!(reader.spec().channels, 1);
        assert_eq!(reader.spec().sample_rate, 32_000);
        assert_eq!(reader.len(), 7);
    }

    #[test]
    fn an_empty_pcm_is_a_valid_wav() {
        let empty = pcm(&[]);
        assert_eq!(Pcm::from_wav(&empty.to_wav()).unwrap(), empty);
    }

    #[test]
    fn stereo_is_mixed_down_to_mono() {
        let spec = hound::WavSpec {
            channels: 2,
            sample_rate: 16_000,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let wav = wav_with(spec, |w| {
            for s in [
                100i16,
                300,
                -200,
                -400,
                i16::MAX,
                i16::MAX,
                i16::MIN,
                i16::MIN,
            ] {
                w.write_sample(s).unwrap();
            }
        });
        let mono = Pcm::from_wav(&wav).unwrap();
        assert_eq!(mono.sample_rate, 16_000);
        assert_eq!(mono.samples, vec![200, -300, i16::MAX, i16::MIN]);
    }

    #[test]
    fn other_formats_are_refused_with_the_reason() {
        let float = hound::WavSpec {
            channels: 1,
            sample_rate: 16_000,
            bits_per_sample: 32,
            sample_format: hound::SampleFormat::Float,
        };
        let wav = wav_with(float, |w| w.write_sample(0.5f32).unwrap());
        let err = Pcm::from_wav(&wav).unwrap_err().to_string();
        assert!(err.contains("32-bit floating-point"), "{err}");

        let eight_bit = hound::WavSpec {
            bits_per_sample: 8,
            sample_format: hound::SampleFormat::Int,
            ..float
        };
        let wav = wav_with(eight_bit, |w| w.write_sample(3i8).unwrap());
        let err = Pcm::from_wav(&wav).unwrap_err().to_string();
        assert!(err.contains("8-bit integer"), "{err}");

        let surround = hound::WavSpec {
            channels: 6,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
            sample_rate: 16_000,
        };
        let wav = wav_with(surround, |w| {
            for _ in 0..6 {
                w.write_sample(1i16).unwrap();
            }
        });
        let err = Pcm::from_wav(&wav).unwrap_err().to_string();
        assert!(err.contains("6 channels"), "{err}");
    }

    #[test]
    fn garbage_and_truncated_files_are_bad_audio() {
        assert!(matches!(
            Pcm::from_wav(b"hello"),
            Err(SpeechError::BadAudio(_))
        ));
        assert!(matches!(Pcm::from_wav(&[]), Err(SpeechError::BadAudio(_))));
        let wav = pcm(&[1, 2, 3, 4, 5, 6, 7, 8]).to_wav();
        // Cut in the middle of a sample: the header promises more than there is.
        let err = Pcm::from_wav(&wav[..wav.len() - 3]).unwrap_err();
        assert!(matches!(err, SpeechError::BadAudio(_)), "{err}");
    }

    #[test]
    fn duration_follows_the_sample_count() {
        assert_eq!(pcm(&vec![0; 48_000]).duration(), Duration::from_secs(1));
        assert_eq!(pcm(&vec![0; 24_000]).duration(), Duration::from_millis(500));
        assert_eq!(pcm(&[]).duration(), Duration::ZERO);
        let no_rate = Pcm {
            sample_rate: 0,
            samples: vec![1, 2],
        };
        assert_eq!(no_rate.duration(), Duration::ZERO);
    }

    #[test]
    fn scaling_multiplies_rounds_and_saturates() {
        let loud = pcm(&[1000, -1000, 30_000, -30_000, 3]);
        assert_eq!(
            loud.scaled(0.5).samples,
            vec![500, -500, 15_000, -15_000, 2]
        );
        assert_eq!(
            loud.scaled(2.0).samples,
            vec![2000, -2000, i16::MAX, i16::MIN, 6]
        );
        assert_eq!(loud.scaled(1.0), loud);
        assert_eq!(loud.scaled(0.0).samples, vec![0; 5]);
        assert_eq!(loud.scaled(0.3).sample_rate, 48_000);
    }

    #[test]
    fn rms_and_peak_measure_loudness() {
        assert!(pcm(&[]).rms().abs() < f64::EPSILON);
        assert!(pcm(&[0; 100]).rms().abs() < f64::EPSILON);
        assert!((pcm(&[3, -3, 3, -3]).rms() - 3.0).abs() < 1e-9);
        assert!((pcm(&[3, 4]).rms() - 12.5f64.sqrt()).abs() < 1e-9);
        assert_eq!(pcm(&[1, -7, 5]).peak(), 7);
        assert_eq!(pcm(&[i16::MIN]).peak(), 32_768);
        assert_eq!(pcm(&[]).peak(), 0);
        let speech = pcm(&[1000, -2000, 1500]);
        assert!(speech.scaled(0.3).rms() < speech.rms());
    }
}
