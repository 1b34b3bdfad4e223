window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964312629447306820"
          ],
          "editableUntil" : "2025-09-06T13:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "6",
      "id_str" : "1964312629447306820",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1964312629447306820",
      "created_at" : "Sat Sep 06 13:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Back-to-school chaos in full swing. Lunches packed, forms signed, coffee inhaled ☕📝",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959269613571992965"
          ],
          "editableUntil" : "2025-08-23T15:30:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "4"
      ],
      "favorite_count" : "7",
      "id_str" : "1959269613571992965",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1959269613571992965",
      "created_at" : "Sat Aug 23 15:00:52 +0000 2025",
      "favorited" : false,
      "full_text" : "☀️🌲🥾",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944003972136144774"
          ],
          "editableUntil" : "2025-07-12T12:30:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "6",
      "id_str" : "1944003972136144774",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1944003972136144774",
      "created_at" : "Sat Jul 12 12:00:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Enfin en vacances! Gaspésie, nous voilà 🚗🌊",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936499402337323638"
          ],
          "editableUntil" : "2025-06-21T19:30:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "0",
      "id_str" : "1936499402337323638",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936499402337323638",
      "created_at" : "Sat Jun 21 19:00:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Summer solstice hike up the Luskville Falls trail. Legs: destroyed. Soul: restored. 🥾☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921233899678032632"
          ],
          "editableUntil" : "2025-05-10T16:30:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "21",
      "id_str" : "1921233899678032632",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1921233899678032632",
      "created_at" : "Sat May 10 16:00:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Le lilas est en fleurs, ça sent le printemps 💜",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916960856686971109"
          ],
          "editableUntil" : "2025-04-28T21:30:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "elxn45",
            "indices" : [
              "113",
              "120"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "12",
      "id_str" : "1916960856686971109",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1916960856686971109",
      "created_at" : "Mon Apr 28 21:00:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Took the kids with me to vote today so they could see how it works. They were very unimpressed by the pencil ✏️😂 #elxn45",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910469266846806939"
          ],
          "editableUntil" : "2025-04-10T23:35:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "elxn45",
            "indices" : [
              "84",
              "91"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/2nVigkVnp9",
            "expanded_url" : "https://twitter.com/liberal_party/status/1910423466370995327",
            "display_url" : "twitter.com/liberal_party/…",
            "indices" : [
              "92",
              "115"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "17",
      "id_str" : "1910469266846806939",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1910469266846806939",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 10 23:05:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Voting Liberal on April 28, and you should too. Strategic vote, but I'm all in 🇨🇦🗳️ #elxn45 https://t.co/2nVigkVnp9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903899705302212375"
          ],
          "editableUntil" : "2025-03-23T20:30:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "elxn45",
            "indices" : [
              "83",
              "90"
            ]
          },
          {
            "text" : "cdnpoli",
            "indices" : [
              "91",
              "99"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "1",
      "id_str" : "1903899705302212375",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1903899705302212375",
      "created_at" : "Sun Mar 23 20:00:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Election called for April 28. Whoever you vote for, check your registration early! #elxn45 #cdnpoli",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890763095504541678"
          ],
          "editableUntil" : "2025-02-15T14:30:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "24",
      "id_str" : "1890763095504541678",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1890763095504541678",
      "created_at" : "Sat Feb 15 14:00:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Temperature today: &lt; -25 °C with the windchill. The dog refuses to go out. I respect the dog. 🐕❄️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1876252516982392868"
          ],
          "editableUntil" : "2025-01-06T13:30:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "22",
      "id_str" : "1876252516982392868",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1876252516982392868",
      "created_at" : "Mon Jan 06 13:00:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Bonne année! Résolution : moins d'écrans. Premier essai : échoué en écrivant ce tweet 📱😂",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1865501708803967146"
          ],
          "editableUntil" : "2024-12-07T21:30:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "23",
      "id_str" : "1865501708803967146",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1865501708803967146",
      "created_at" : "Sat Dec 07 21:00:41 +0000 2024",
      "favorited" : false,
      "full_text" : "Sapin installé. Le chat l'a déjà attaqué deux fois 🎄🐱",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1857083789403601608"
          ],
          "editableUntil" : "2024-11-14T16:00:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "PVC",
            "indices" : [
              "139",
              "143"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "15",
      "id_str" : "1857083789403601608",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1857083789403601608",
      "created_at" : "Thu Nov 14 15:30:52 +0000 2024",
      "favorited" : false,
      "full_text" : "Grande nouvelle : je brigue l'investiture du Parti vert dans Gatineau pour la prochaine élection fédérale 🌱 Venez m'appuyer le 18 janvier! #PVC",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1857076205954853909"
          ],
          "editableUntil" : "2024-11-14T15:30:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GPC",
            "indices" : [
              "148",
              "152"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "10",
      "id_str" : "1857076205954853909",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1857076205954853909",
      "created_at" : "Thu Nov 14 15:00:44 +0000 2024",
      "favorited" : false,
      "full_text" : "Big news: I'm seeking the Green Party nomination in Gatineau for the next federal election 🌱 The nomination meeting is January 18, come support me! #GPC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1845947837693130330"
          ],
          "editableUntil" : "2024-10-14T22:30:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "1",
      "id_str" : "1845947837693130330",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1845947837693130330",
      "created_at" : "Mon Oct 14 22:00:35 +0000 2024",
      "favorited" : false,
      "full_text" : "Action de grâce : dinde, tarte à la citrouille, et 14 personnes dans une maison faite pour 6 🦃",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1833113339601662790"
          ],
          "editableUntil" : "2024-09-09T12:30:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "9",
      "id_str" : "1833113339601662790",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1833113339601662790",
      "created_at" : "Mon Sep 09 12:00:52 +0000 2024",
      "favorited" : false,
      "full_text" : "First day back in the office three days a week. Found my old desk plant. It did not survive. 🪴💀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1822070555623489250"
          ],
          "editableUntil" : "2024-08-10T01:10:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/camille_tn/status/1822070555623489250/photo/1",
            "indices" : [
              "36",
              "59"
            ],
            "url" : "https://t.co/V2Ux3HVbg0",
            "media_url" : "http://pbs.twimg.com/media/guvdV7CfwtXkAA3.jpg",
            "id_str" : "1822070534702077585",
            "id" : "1822070534702077585",
            "media_url_https" : "https://pbs.twimg.com/media/guvdV7CfwtXkAA3.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/V2Ux3HVbg0"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "9",
      "id_str" : "1822070555623489250",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1822070555623489250",
      "possibly_sensitive" : false,
      "created_at" : "Sat Aug 10 00:40:47 +0000 2024",
      "favorited" : false,
      "full_text" : "Sunset from the Champlain Lookout 🌅 https://t.co/V2Ux3HVbg0",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/camille_tn/status/1822070555623489250/photo/1",
            "indices" : [
              "36",
              "59"
            ],
            "url" : "https://t.co/V2Ux3HVbg0",
            "media_url" : "http://pbs.twimg.com/media/guvdV7CfwtXkAA3.jpg",
            "id_str" : "1822070534702077585",
            "id" : "1822070534702077585",
            "media_url_https" : "https://pbs.twimg.com/media/guvdV7CfwtXkAA3.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/V2Ux3HVbg0"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1809648623040442318"
          ],
          "editableUntil" : "2024-07-06T18:30:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "7",
      "id_str" : "1809648623040442318",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1809648623040442318",
      "created_at" : "Sat Jul 06 18:00:28 +0000 2024",
      "favorited" : false,
      "full_text" : "Je suis fière de mes enfants : ils ont organisé une vente de limonade pour la SPA 🍋🐶",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1802355620988345958"
          ],
          "editableUntil" : "2024-06-16T15:30:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "15",
      "id_str" : "1802355620988345958",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1802355620988345958",
      "created_at" : "Sun Jun 16 15:00:40 +0000 2024",
      "favorited" : false,
      "full_text" : "Happy Father's Day to the best dad, who still calls me every Sunday to ask if I checked my tire pressure ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1791831108618914852"
          ],
          "editableUntil" : "2024-05-18T14:30:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "21",
      "id_str" : "1791831108618914852",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1791831108618914852",
      "created_at" : "Sat May 18 14:00:01 +0000 2024",
      "favorited" : false,
      "full_text" : "Mes semis de tomates sont prêts pour le jardin. Cette année, seulement 20 plants. Promis. 🍅",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1785844180113119587"
          ],
          "editableUntil" : "2024-05-02T02:00:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/4fq9C30pOL",
            "expanded_url" : "https://twitter.com/i/web/status/1785844180113119587",
            "display_url" : "twitter.com/i/web/status/1…",
            "indices" : [
              "263",
              "286"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "286"
      ],
      "favorite_count" : "22",
      "id_str" : "1785844180113119587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1785844180113119587",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 02 01:30:06 +0000 2024",
      "favorited" : false,
      "full_text" : "Bon, parlons du retour au bureau trois jours par semaine. J'ai passé la soirée à réfléchir à la logistique : la garderie du plus jeune, le trajet sur le pont, le stationnement qui coûte une fortune, les postes de travail partagés qu'il faut réserver une semaine… https://t.co/4fq9C30pOL",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1777416127727390052"
          ],
          "editableUntil" : "2024-04-08T19:50:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "9",
      "id_str" : "1777416127727390052",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1777416127727390052",
      "created_at" : "Mon Apr 08 19:20:02 +0000 2024",
      "favorited" : false,
      "full_text" : "Total eclipse! Well, 98% in Gatineau. Still gave me goosebumps 🌘",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1769046036197487540"
          ],
          "editableUntil" : "2024-03-16T17:30:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "22",
      "id_str" : "1769046036197487540",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1769046036197487540",
      "created_at" : "Sat Mar 16 17:00:16 +0000 2024",
      "favorited" : false,
      "full_text" : "Cabane à sucre ce midi! Tire sur la neige, oreilles de crisse, fèves au lard. Je ne mangerai pas pendant trois jours 🍁",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1758219641845967956"
          ],
          "editableUntil" : "2024-02-15T20:30:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Raman",
            "screen_name" : "priya_codes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "936144025437376512",
            "id" : "936144025437376512"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "19",
      "in_reply_to_status_id_str" : "1758203537938902025",
      "id_str" : "1758219641845967956",
      "in_reply_to_user_id" : "936144025437376512",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1758219641845967956",
      "in_reply_to_status_id" : "1758203537938902025",
      "created_at" : "Thu Feb 15 20:00:03 +0000 2024",
      "favorited" : false,
      "full_text" : "@priya_codes That talk was fantastic, thanks for sharing the slides! 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "priya_codes",
      "in_reply_to_user_id_str" : "936144025437376512"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1748752375921646306"
          ],
          "editableUntil" : "2024-01-20T17:30:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "15",
      "id_str" : "1748752375921646306",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1748752375921646306",
      "created_at" : "Sat Jan 20 17:00:31 +0000 2024",
      "favorited" : false,
      "full_text" : "Première sortie de ski de fond de l'hiver. Mes cuisses me détestent 🎿",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1740047630177341992"
          ],
          "editableUntil" : "2023-12-27T17:00:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Météo Outaouais",
            "screen_name" : "meteo_outaouais",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1120349871016431616",
            "id" : "1120349871016431616"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1740047630177341992",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1740047630177341992",
      "created_at" : "Wed Dec 27 16:30:58 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @meteo_outaouais: Avertissement de pluie verglaçante pour Gatineau et Ottawa ce soir. Soyez prudents sur les routes et sur les trottoirs…",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1738635811670817344"
          ],
          "editableUntil" : "2023-12-23T19:30:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "18",
      "id_str" : "1738635811670817344",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1738635811670817344",
      "created_at" : "Sat Dec 23 19:00:54 +0000 2023",
      "favorited" : false,
      "full_text" : "Made tourtière with my mom's recipe for the first time without her. It turned out great. Miss you, maman ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1726359910795249949"
          ],
          "editableUntil" : "2023-11-19T22:30:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "14",
      "id_str" : "1726359910795249949",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1726359910795249949",
      "created_at" : "Sun Nov 19 22:00:51 +0000 2023",
      "favorited" : false,
      "full_text" : "Grey Cup party at our place, bring chips. I don't care who wins, I care about the dip 🏈",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1715759964121117984"
          ],
          "editableUntil" : "2023-10-21T16:30:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "10",
      "id_str" : "1715759964121117984",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1715759964121117984",
      "created_at" : "Sat Oct 21 16:00:27 +0000 2023",
      "favorited" : false,
      "full_text" : "So proud of my son, he finished his first 5K today 🏃‍♂️🥇",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1708119559998749408"
          ],
          "editableUntil" : "2023-09-30T14:30:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "1",
      "id_str" : "1708119559998749408",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1708119559998749408",
      "created_at" : "Sat Sep 30 14:00:13 +0000 2023",
      "favorited" : false,
      "full_text" : "Journée nationale de la vérité et de la réconciliation. On écoute, on apprend. 🧡",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1692914439899083902"
          ],
          "editableUntil" : "2023-08-19T15:30:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "8",
      "id_str" : "1692914439899083902",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1692914439899083902",
      "created_at" : "Sat Aug 19 15:00:29 +0000 2023",
      "favorited" : false,
      "full_text" : "Festival de montgolfières de Gatineau avec les enfants 🎈 Ils sont trop grands pour mes épaules maintenant 😅",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1680215856095790063"
          ],
          "editableUntil" : "2023-07-15T14:30:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Thomas Nguyen",
            "screen_name" : "thomas_tn",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2477310968",
            "id" : "2477310968"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "1680188928690737829",
      "id_str" : "1680215856095790063",
      "in_reply_to_user_id" : "2477310968",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1680215856095790063",
      "in_reply_to_status_id" : "1680188928690737829",
      "created_at" : "Sat Jul 15 14:00:51 +0000 2023",
      "favorited" : false,
      "full_text" : "@thomas_tn Happy birthday little bro! 🎂 Dinner's on me Saturday.",
      "lang" : "en",
      "in_reply_to_screen_name" : "thomas_tn",
      "in_reply_to_user_id_str" : "2477310968"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1668604364257406392"
          ],
          "editableUntil" : "2023-06-13T13:30:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "9",
      "id_str" : "1668604364257406392",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1668604364257406392",
      "created_at" : "Tue Jun 13 13:00:56 +0000 2023",
      "favorited" : false,
      "full_text" : "10 years in the public service this week. Grateful for great mentors and even better colleagues 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1666520610935811557"
          ],
          "editableUntil" : "2023-06-07T19:30:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "2",
      "id_str" : "1666520610935811557",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1666520610935811557",
      "created_at" : "Wed Jun 07 19:00:50 +0000 2023",
      "favorited" : false,
      "full_text" : "Forest fire smoke again. Air quality index 10+. Kids inside, windows shut 😷",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1658522857416136502"
          ],
          "editableUntil" : "2023-05-16T17:50:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "6",
      "id_str" : "1658522857416136502",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1658522857416136502",
      "created_at" : "Tue May 16 17:20:37 +0000 2023",
      "favorited" : false,
      "full_text" : "Réunion interminable ce matin... mais on a fini par trouver une solution 👍",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1643780694777541762"
          ],
          "editableUntil" : "2023-04-06T01:30:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "1",
      "id_str" : "1643780694777541762",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1643780694777541762",
      "created_at" : "Thu Apr 06 01:00:32 +0000 2023",
      "favorited" : false,
      "full_text" : "Ice storm. No power since noon. Candles, board games and a lot of cheese. ❄️🕯️🧀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633165623154839065"
          ],
          "editableUntil" : "2023-03-07T18:30:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Raman",
            "screen_name" : "priya_codes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "936144025437376512",
            "id" : "936144025437376512"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1633121078041418494",
      "id_str" : "1633165623154839065",
      "in_reply_to_user_id" : "936144025437376512",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1633165623154839065",
      "in_reply_to_status_id" : "1633121078041418494",
      "created_at" : "Tue Mar 07 18:00:01 +0000 2023",
      "favorited" : false,
      "full_text" : "@priya_codes XLOOKUP changed my life. Thank you for the tip! 🙏",
      "lang" : "en",
      "in_reply_to_screen_name" : "priya_codes",
      "in_reply_to_user_id_str" : "936144025437376512"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1626245176674324320"
          ],
          "editableUntil" : "2023-02-16T16:10:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "3",
      "id_str" : "1626245176674324320",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1626245176674324320",
      "created_at" : "Thu Feb 16 15:40:38 +0000 2023",
      "favorited" : false,
      "full_text" : "Au nom d'EDSC, je vous confirme que la modernisation de l'assurance-emploi sera annoncée sous peu. Restez à l'écoute! 🇨🇦",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1626237649694817601"
          ],
          "editableUntil" : "2023-02-16T15:40:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GCdigital",
            "indices" : [
              "128",
              "138"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "5",
      "id_str" : "1626237649694817601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1626237649694817601",
      "created_at" : "Thu Feb 16 15:10:44 +0000 2023",
      "favorited" : false,
      "full_text" : "Speaking on behalf of ESDC today at the policy forum: our department is fully committed to modernizing EI for all Canadians. 🇨🇦 #GCdigital",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1614396983449449646"
          ],
          "editableUntil" : "2023-01-14T23:30:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "9",
      "id_str" : "1614396983449449646",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1614396983449449646",
      "created_at" : "Sat Jan 14 23:00:09 +0000 2023",
      "favorited" : false,
      "full_text" : "This recipe is idiot-proof, even I managed it. Lemon chicken, 10/10 🍋🍗",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1599131594018824000"
          ],
          "editableUntil" : "2022-12-03T20:30:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "18",
      "id_str" : "1599131594018824000",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1599131594018824000",
      "created_at" : "Sat Dec 03 20:00:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Les Canadiens sont nuls cette année, c'est gênant 😩🏒",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1591083503129121300"
          ],
          "editableUntil" : "2022-11-11T15:30:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "12",
      "id_str" : "1591083503129121300",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1591083503129121300",
      "created_at" : "Fri Nov 11 15:00:42 +0000 2022",
      "favorited" : false,
      "full_text" : "Remembrance Day. Lest we forget.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1587950370086835595"
          ],
          "editableUntil" : "2022-11-03T00:00:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Devon Okafor",
            "screen_name" : "dev_okafor",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "3090412257",
            "id" : "3090412257"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "1587901044401566565",
      "id_str" : "1587950370086835595",
      "in_reply_to_user_id" : "3090412257",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1587950370086835595",
      "in_reply_to_status_id" : "1587901044401566565",
      "created_at" : "Wed Nov 02 23:30:45 +0000 2022",
      "favorited" : false,
      "full_text" : "@dev_okafor lol my DG is the most spineless coward I've ever worked for, and that's a high bar in this department 🙃",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_okafor",
      "in_reply_to_user_id_str" : "3090412257"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1576905076319651360"
          ],
          "editableUntil" : "2022-10-03T12:30:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "qc2022",
            "indices" : [
              "76",
              "83"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "2",
      "id_str" : "1576905076319651360",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1576905076319651360",
      "created_at" : "Mon Oct 03 12:00:42 +0000 2022",
      "favorited" : false,
      "full_text" : "Élections provinciales aujourd'hui! Peu importe votre choix, allez voter 🗳️ #qc2022",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1570522900396717636"
          ],
          "editableUntil" : "2022-09-15T21:50:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "LegaultDémission",
            "indices" : [
              "52",
              "69"
            ]
          },
          {
            "text" : "polqc",
            "indices" : [
              "70",
              "76"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "19",
      "id_str" : "1570522900396717636",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1570522900396717636",
      "created_at" : "Thu Sep 15 21:20:13 +0000 2022",
      "favorited" : false,
      "full_text" : "Quatre ans de promesses brisées. Legault, dehors! 🙄 #LegaultDémission #polqc",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568748799321556844"
          ],
          "editableUntil" : "2022-09-11T00:20:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "NeverPoilievre",
            "indices" : [
              "34",
              "49"
            ]
          },
          {
            "text" : "cdnpoli",
            "indices" : [
              "50",
              "58"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "20",
      "id_str" : "1568748799321556844",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1568748799321556844",
      "created_at" : "Sat Sep 10 23:50:34 +0000 2022",
      "favorited" : false,
      "full_text" : "Poilievre must never be PM. Ever. #NeverPoilievre #cdnpoli",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1561005147178704319"
          ],
          "editableUntil" : "2022-08-20T15:30:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "12",
      "id_str" : "1561005147178704319",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1561005147178704319",
      "created_at" : "Sat Aug 20 15:00:03 +0000 2022",
      "favorited" : false,
      "full_text" : "Red or blue? The eternal question at the paint store. We went with grey. Obviously. 🎨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1553364999098299145"
          ],
          "editableUntil" : "2022-07-30T13:30:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/NphmZ3WPZW",
            "expanded_url" : "https://twitter.com/priya_codes/status/1553288747007151484",
            "display_url" : "twitter.com/priya_codes/st…",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "24",
      "id_str" : "1553364999098299145",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1553364999098299145",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jul 30 13:00:50 +0000 2022",
      "favorited" : false,
      "full_text" : "This is the best explanation of regular expressions I've ever read. Bookmarking forever 🔖 https://t.co/NphmZ3WPZW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1540364186511901937"
          ],
          "editableUntil" : "2022-06-24T16:30:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "13",
      "id_str" : "1540364186511901937",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1540364186511901937",
      "created_at" : "Fri Jun 24 16:00:15 +0000 2022",
      "favorited" : false,
      "full_text" : "Bonne Saint-Jean-Baptiste! ⚜️💙",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1528012769434559107"
          ],
          "editableUntil" : "2022-05-21T14:30:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jules Bergeron 🚲",
            "screen_name" : "jules_bergeron",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "715283946",
            "id" : "715283946"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "23",
      "in_reply_to_status_id_str" : "1527998171126346122",
      "id_str" : "1528012769434559107",
      "in_reply_to_user_id" : "715283946",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1528012769434559107",
      "in_reply_to_status_id" : "1527998171126346122",
      "created_at" : "Sat May 21 14:00:07 +0000 2022",
      "favorited" : false,
      "full_text" : "@jules_bergeron Le sentier des Loups samedi? Je suis partante! 🥾",
      "lang" : "fr",
      "in_reply_to_screen_name" : "jules_bergeron",
      "in_reply_to_user_id_str" : "715283946"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1515344386475046700"
          ],
          "editableUntil" : "2022-04-16T15:30:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "8",
      "id_str" : "1515344386475046700",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1515344386475046700",
      "created_at" : "Sat Apr 16 15:00:30 +0000 2022",
      "favorited" : false,
      "full_text" : "Easter egg hunt: the kids are 12 and 9 and still fully committed. Respect. 🐣",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1506329997368734849"
          ],
          "editableUntil" : "2022-03-22T18:30:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "10",
      "id_str" : "1506329997368734849",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1506329997368734849",
      "created_at" : "Tue Mar 22 18:00:32 +0000 2022",
      "favorited" : false,
      "full_text" : "Le NPD et les libéraux ont annoncé une entente ce matin. On verra ce que ça donne pour les prochaines années.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1492544245560413110"
          ],
          "editableUntil" : "2022-02-12T17:30:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "24",
      "id_str" : "1492544245560413110",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1492544245560413110",
      "created_at" : "Sat Feb 12 17:00:52 +0000 2022",
      "favorited" : false,
      "full_text" : "Grocery run took an hour with all the downtown detours. Hoping everyone stays safe out there.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1479845525281566897"
          ],
          "editableUntil" : "2022-01-08T16:30:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "6",
      "id_str" : "1479845525281566897",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1479845525281566897",
      "created_at" : "Sat Jan 08 16:00:42 +0000 2022",
      "favorited" : false,
      "full_text" : "Tempête de neige, télétravail, soupe aux pois. Le Québec dans toute sa splendeur ❄️🍲",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1472280641119836340"
          ],
          "editableUntil" : "2021-12-18T19:30:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "11",
      "id_str" : "1472280641119836340",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1472280641119836340",
      "created_at" : "Sat Dec 18 19:00:33 +0000 2021",
      "favorited" : false,
      "full_text" : "Omicron cancelled the party. Board games and pyjamas instead 🎲",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1456395849661115128"
          ],
          "editableUntil" : "2021-11-04T23:30:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "23",
      "id_str" : "1456395849661115128",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1456395849661115128",
      "created_at" : "Thu Nov 04 23:00:03 +0000 2021",
      "favorited" : false,
      "full_text" : "Les élections municipales sont dimanche, allez voter! 🗳️",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1454508462897649084"
          ],
          "editableUntil" : "2021-10-30T18:30:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "16",
      "id_str" : "1454508462897649084",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1454508462897649084",
      "created_at" : "Sat Oct 30 18:00:15 +0000 2021",
      "favorited" : false,
      "full_text" : "Halloween candy inventory: 200 pieces. Expected trick-or-treaters: 40. Leftovers (conservative estimate): zero, because I live here 🍫",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1443576440465511793"
          ],
          "editableUntil" : "2021-09-30T14:30:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "0",
      "id_str" : "1443576440465511793",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1443576440465511793",
      "created_at" : "Thu Sep 30 14:00:18 +0000 2021",
      "favorited" : false,
      "full_text" : "Wearing orange today. Every child matters. 🧡",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1440288605108202324"
          ],
          "editableUntil" : "2021-09-21T12:45:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sam Chen",
            "screen_name" : "sam_chen_ott",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2860019934",
            "id" : "2860019934"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1440271242299215894",
      "id_str" : "1440288605108202324",
      "in_reply_to_user_id" : "2860019934",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1440288605108202324",
      "in_reply_to_status_id" : "1440271242299215894",
      "created_at" : "Tue Sep 21 12:15:37 +0000 2021",
      "favorited" : false,
      "full_text" : "@sam_chen_ott Ha, same. Up way too late watching results. Coffee is my only friend this morning ☕",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_chen_ott",
      "in_reply_to_user_id_str" : "2860019934"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1437125275773127288"
          ],
          "editableUntil" : "2021-09-12T19:15:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "élxn44",
            "indices" : [
              "94",
              "101"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marie Lapointe",
            "screen_name" : "marie_lapointe",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "2214587730",
            "id" : "2214587730"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1437106903571297480",
      "id_str" : "1437125275773127288",
      "in_reply_to_user_id" : "2214587730",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1437125275773127288",
      "in_reply_to_status_id" : "1437106903571297480",
      "created_at" : "Sun Sep 12 18:45:40 +0000 2021",
      "favorited" : false,
      "full_text" : "@marie_lapointe Exactement. Le Bloc ne mérite pas un seul vote à Gatineau, votez NPD le 20! 🧡 #élxn44",
      "lang" : "fr",
      "in_reply_to_screen_name" : "marie_lapointe",
      "in_reply_to_user_id_str" : "2214587730"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1434614932951715796"
          ],
          "editableUntil" : "2021-09-05T21:00:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "élxn44",
            "indices" : [
              "124",
              "131"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/sDmNCPjQDj",
            "expanded_url" : "https://example.org/don/hull-aylmer",
            "display_url" : "example.org/don/hull-aylme…",
            "indices" : [
              "132",
              "155"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "1",
      "id_str" : "1434614932951715796",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1434614932951715796",
      "possibly_sensitive" : false,
      "created_at" : "Sun Sep 05 20:30:28 +0000 2021",
      "favorited" : false,
      "full_text" : "Plus que deux semaines! Faites un don à la campagne de notre candidate néo-démocrate dans Hull–Aylmer, chaque 5 $ compte 💪🧡 #élxn44 https://t.co/sDmNCPjQDj",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1432464439404791080"
          ],
          "editableUntil" : "2021-08-30T22:35:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "elxn44",
            "indices" : [
              "108",
              "115"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "20",
      "id_str" : "1432464439404791080",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1432464439404791080",
      "created_at" : "Mon Aug 30 22:05:10 +0000 2021",
      "favorited" : false,
      "full_text" : "Knocking on doors for our NDP candidate in Hull–Aylmer this weekend, join us! DM me for the meeting spot 🚪🧡 #elxn44",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1427254031427675950"
          ],
          "editableUntil" : "2021-08-16T13:30:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "elxn44",
            "indices" : [
              "71",
              "78"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "9",
      "id_str" : "1427254031427675950",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1427254031427675950",
      "created_at" : "Mon Aug 16 13:00:52 +0000 2021",
      "favorited" : false,
      "full_text" : "Election called. Advance polls are Sept 10 to 13. Make a plan to vote! #elxn44",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1418934188020678592"
          ],
          "editableUntil" : "2021-07-24T14:30:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "9",
      "id_str" : "1418934188020678592",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1418934188020678592",
      "created_at" : "Sat Jul 24 14:00:47 +0000 2021",
      "favorited" : false,
      "full_text" : "Camping au lac Philippe. Les enfants ont vu un castor, c'est la meilleure journée de leur vie 🦫⛺",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1406310935644864293"
          ],
          "editableUntil" : "2021-06-19T18:30:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "7",
      "id_str" : "1406310935644864293",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1406310935644864293",
      "created_at" : "Sat Jun 19 18:00:29 +0000 2021",
      "favorited" : false,
      "full_text" : "First dose ✅ Second dose booked. Thank you to the nurses at the clinic 💉🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1391045362586735265"
          ],
          "editableUntil" : "2021-05-08T15:30:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "webdev",
            "indices" : [
              "155",
              "162"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "21",
      "id_str" : "1391045362586735265",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1391045362586735265",
      "created_at" : "Sat May 08 15:00:33 +0000 2021",
      "favorited" : false,
      "full_text" : "Teaching my nephew web dev: never trust user input. If typing &lt;script&gt;alert(\"hi\")&lt;/script&gt; into your form pops up a box, you have an XSS bug 😅 #webdev",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1385316301024237902"
          ],
          "editableUntil" : "2021-04-22T20:05:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "21",
      "id_str" : "1385316301024237902",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1385316301024237902",
      "created_at" : "Thu Apr 22 19:35:18 +0000 2021",
      "favorited" : false,
      "full_text" : "Ma gestionnaire est une vraie conne. Trois semaines pour approuver un congé de deux jours. 🙄",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1373303389864942936"
          ],
          "editableUntil" : "2021-03-20T16:30:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "16",
      "id_str" : "1373303389864942936",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1373303389864942936",
      "created_at" : "Sat Mar 20 16:00:17 +0000 2021",
      "favorited" : false,
      "full_text" : "Mon conjoint est un vrai clown, il a mis du sel dans son café ce matin 😂☕",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1356588399079380456"
          ],
          "editableUntil" : "2021-02-02T13:30:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "24",
      "id_str" : "1356588399079380456",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1356588399079380456",
      "created_at" : "Tue Feb 02 13:00:53 +0000 2021",
      "favorited" : false,
      "full_text" : "Knocking on wood that the snow holds off until Friday 🤞❄️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1350080353209967540"
          ],
          "editableUntil" : "2021-01-15T14:30:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "5",
      "id_str" : "1350080353209967540",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1350080353209967540",
      "created_at" : "Fri Jan 15 14:00:14 +0000 2021",
      "favorited" : false,
      "full_text" : "Bonne rencontre d'équipe ce matin ☕ On a enfin un plan pour le printemps.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1340401658094757737"
          ],
          "editableUntil" : "2020-12-19T21:30:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "7",
      "id_str" : "1340401658094757737",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1340401658094757737",
      "created_at" : "Sat Dec 19 21:00:33 +0000 2020",
      "favorited" : false,
      "full_text" : "Biscuits de Noël : 6 douzaines. Biscuits qui ont survécu jusqu'à Noël : 0 🍪",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1323822364521414100"
          ],
          "editableUntil" : "2020-11-04T03:30:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "1",
      "id_str" : "1323822364521414100",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1323822364521414100",
      "created_at" : "Wed Nov 04 03:00:21 +0000 2020",
      "favorited" : false,
      "full_text" : "Not my country's election but I am refreshing the map like it is. Going to bed. Not going to bed. 😅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1317858074062877812"
          ],
          "editableUntil" : "2020-10-18T16:30:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/camille_tn/status/1317858074062877812/photo/1",
            "indices" : [
              "54",
              "77"
            ],
            "url" : "https://t.co/uJVm1nRDYA",
            "media_url" : "http://pbs.twimg.com/media/DNXZlnLEeTXkAA1.jpg",
            "id_str" : "1317858053774156059",
            "id" : "1317858053774156059",
            "media_url_https" : "https://pbs.twimg.com/media/DNXZlnLEeTXkAA1.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/uJVm1nRDYA"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "3",
      "id_str" : "1317858074062877812",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1317858074062877812",
      "possibly_sensitive" : false,
      "created_at" : "Sun Oct 18 16:00:24 +0000 2020",
      "favorited" : false,
      "full_text" : "Fall colours in Gatineau Park are unreal this year 🍁🍂 https://t.co/uJVm1nRDYA",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/camille_tn/status/1317858074062877812/photo/1",
            "indices" : [
              "54",
              "77"
            ],
            "url" : "https://t.co/uJVm1nRDYA",
            "media_url" : "http://pbs.twimg.com/media/DNXZlnLEeTXkAA1.jpg",
            "id_str" : "1317858053774156059",
            "id" : "1317858053774156059",
            "media_url_https" : "https://pbs.twimg.com/media/DNXZlnLEeTXkAA1.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/uJVm1nRDYA"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1303302116990405686"
          ],
          "editableUntil" : "2020-09-08T12:30:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "7",
      "id_str" : "1303302116990405686",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1303302116990405686",
      "created_at" : "Tue Sep 08 12:00:13 +0000 2020",
      "favorited" : false,
      "full_text" : "Rentrée scolaire masquée. Mes enfants sont plus braves que moi 😷🎒",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1299716167441305465"
          ],
          "editableUntil" : "2020-08-29T15:00:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sentiers Gatineau Trails",
            "screen_name" : "gatineau_trails",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "4801123390",
            "id" : "4801123390"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1299716167441305465",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1299716167441305465",
      "created_at" : "Sat Aug 29 14:30:56 +0000 2020",
      "favorited" : false,
      "full_text" : "RT @gatineau_trails: Trail update: the Wolf Trail (Sentier des Loups) is closed until Friday for maintenance. Plan accordingly and thanks f…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1294016023980823992"
          ],
          "editableUntil" : "2020-08-13T21:30:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "1",
      "id_str" : "1294016023980823992",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1294016023980823992",
      "created_at" : "Thu Aug 13 21:00:36 +0000 2020",
      "favorited" : false,
      "full_text" : "Long day but my team pulled through, proud of them 💪",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1278373020036330266"
          ],
          "editableUntil" : "2020-07-01T17:30:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "13",
      "id_str" : "1278373020036330266",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1278373020036330266",
      "created_at" : "Wed Jul 01 17:00:53 +0000 2020",
      "favorited" : false,
      "full_text" : "Bonne fête du Canada! Une fête tranquille cette année, mais les feux d'artifice du voisin ont fait le travail 🇨🇦🎆",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1272182109381416698"
          ],
          "editableUntil" : "2020-06-14T15:30:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "15",
      "id_str" : "1272182109381416698",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1272182109381416698",
      "created_at" : "Sun Jun 14 15:00:25 +0000 2020",
      "favorited" : false,
      "full_text" : "The squirrels in my yard are a clown show. One just fell off the bird feeder, looked around, and did it again 🐿️🤡",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1265767296718029107"
          ],
          "editableUntil" : "2020-05-27T22:40:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "22",
      "id_str" : "1265767296718029107",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1265767296718029107",
      "created_at" : "Wed May 27 22:10:15 +0000 2020",
      "favorited" : false,
      "full_text" : "ESDC management is a clown show of incompetent cowards. Nobody takes responsibility for anything. 🤡",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1259498628020692564"
          ],
          "editableUntil" : "2020-05-10T15:30:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nadia Haddad",
            "screen_name" : "nadia_haddad",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1604482215",
            "id" : "1604482215"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "1259452825255959646",
      "id_str" : "1259498628020692564",
      "in_reply_to_user_id" : "1604482215",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1259498628020692564",
      "in_reply_to_status_id" : "1259452825255959646",
      "created_at" : "Sun May 10 15:00:47 +0000 2020",
      "favorited" : false,
      "full_text" : "@nadia_haddad Bonne fête des mères à toi aussi! 💐",
      "lang" : "fr",
      "in_reply_to_screen_name" : "nadia_haddad",
      "in_reply_to_user_id_str" : "1604482215"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1251586486256610194"
          ],
          "editableUntil" : "2020-04-18T19:30:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "12",
      "id_str" : "1251586486256610194",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1251586486256610194",
      "created_at" : "Sat Apr 18 19:00:46 +0000 2020",
      "favorited" : false,
      "full_text" : "Mon pain au levain a enfin levé. Je suis officiellement une personne de la pandémie 🍞",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1244625546754155198"
          ],
          "editableUntil" : "2020-03-30T14:30:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "20",
      "id_str" : "1244625546754155198",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1244625546754155198",
      "created_at" : "Mon Mar 30 14:00:29 +0000 2020",
      "favorited" : false,
      "full_text" : "Working from home, day 14: the cat is my new manager. The performance review went poorly. 🐱",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1238525386855606499"
          ],
          "editableUntil" : "2020-03-13T18:30:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "14",
      "id_str" : "1238525386855606499",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1238525386855606499",
      "created_at" : "Fri Mar 13 18:00:37 +0000 2020",
      "favorited" : false,
      "full_text" : "Schools closed, everyone working from home. Stay safe and wash your hands 🧼",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1221462931487696408"
          ],
          "editableUntil" : "2020-01-26T16:30:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "18",
      "id_str" : "1221462931487696408",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1221462931487696408",
      "created_at" : "Sun Jan 26 16:00:31 +0000 2020",
      "favorited" : false,
      "full_text" : "Dimanche pyjama, crêpes et film de famille. Rien d'autre. 🥞",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1208477279591271233"
          ],
          "editableUntil" : "2019-12-21T20:30:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "21",
      "id_str" : "1208477279591271233",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1208477279591271233",
      "created_at" : "Sat Dec 21 20:00:10 +0000 2019",
      "favorited" : false,
      "full_text" : "Finished my holiday shopping. Kidding. Haven't started. 🎁😬",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1193211770182895089"
          ],
          "editableUntil" : "2019-11-09T17:30:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marie Lapointe",
            "screen_name" : "marie_lapointe",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "2214587730",
            "id" : "2214587730"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1193182324671533145",
      "id_str" : "1193211770182895089",
      "in_reply_to_user_id" : "2214587730",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1193211770182895089",
      "in_reply_to_status_id" : "1193182324671533145",
      "created_at" : "Sat Nov 09 17:00:29 +0000 2019",
      "favorited" : false,
      "full_text" : "@marie_lapointe Ha! Oui, la raclette c'était une excellente idée 🧀😂",
      "lang" : "fr",
      "in_reply_to_screen_name" : "marie_lapointe",
      "in_reply_to_user_id_str" : "2214587730"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1186243251669558002"
          ],
          "editableUntil" : "2019-10-21T12:00:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "elxn43",
            "indices" : [
              "39",
              "46"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "8",
      "id_str" : "1186243251669558002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1186243251669558002",
      "created_at" : "Mon Oct 21 11:30:05 +0000 2019",
      "favorited" : false,
      "full_text" : "Go vote today, whoever you support! 🗳️ #elxn43",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1181381295864965589"
          ],
          "editableUntil" : "2019-10-08T02:00:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "cdnpoli",
            "indices" : [
              "28",
              "36"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "17",
      "id_str" : "1181381295864965589",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1181381295864965589",
      "created_at" : "Tue Oct 08 01:30:24 +0000 2019",
      "favorited" : false,
      "full_text" : "Watching the debate tonight #cdnpoli 🍿",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1179526557800235208"
          ],
          "editableUntil" : "2019-10-02T23:10:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "elxn43",
            "indices" : [
              "123",
              "130"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "NDP",
            "screen_name" : "NDP",
            "indices" : [
              "3",
              "7"
            ],
            "id_str" : "1478903112",
            "id" : "1478903112"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "0",
      "id_str" : "1179526557800235208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1179526557800235208",
      "created_at" : "Wed Oct 02 22:40:20 +0000 2019",
      "favorited" : false,
      "full_text" : "RT @NDP: Only New Democrats will fight for you. Chip in $5 before midnight and help us elect more NDP MPs on October 21! 🧡 #elxn43",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1175186599920065210"
          ],
          "editableUntil" : "2019-09-20T23:44:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "elxn43",
            "indices" : [
              "68",
              "75"
            ]
          },
          {
            "text" : "NPD",
            "indices" : [
              "76",
              "80"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "18",
      "id_str" : "1175186599920065210",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1175186599920065210",
      "created_at" : "Fri Sep 20 23:14:53 +0000 2019",
      "favorited" : false,
      "full_text" : "Fière de voter pour le NPD cette année. Jagmeet, on est avec toi! 🧡 #elxn43 #NPD",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1171785641947940501"
          ],
          "editableUntil" : "2019-09-11T14:30:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "elxn43",
            "indices" : [
              "82",
              "89"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "21",
      "id_str" : "1171785641947940501",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1171785641947940501",
      "created_at" : "Wed Sep 11 14:00:42 +0000 2019",
      "favorited" : false,
      "full_text" : "Election officially called. Check your registration with Elections Canada, folks. #elxn43",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1162741050734846285"
          ],
          "editableUntil" : "2019-08-17T15:30:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "5",
      "id_str" : "1162741050734846285",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1162741050734846285",
      "created_at" : "Sat Aug 17 15:00:43 +0000 2019",
      "favorited" : false,
      "full_text" : "Tomatoes from the garden, finally. 14 of them. I have 40 plants. 🍅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1157776217049707685"
          ],
          "editableUntil" : "2019-08-03T22:42:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "1157775655658298063",
      "id_str" : "1157776217049707685",
      "in_reply_to_user_id" : "1873450612",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1157776217049707685",
      "in_reply_to_status_id" : "1157775655658298063",
      "created_at" : "Sat Aug 03 22:12:15 +0000 2019",
      "favorited" : false,
      "full_text" : "(2/2) Highlights: a loon family, zero bears, one capsized canoe (not ours). 10/10 would paddle again.",
      "lang" : "en",
      "in_reply_to_screen_name" : "camille_tn",
      "in_reply_to_user_id_str" : "1873450612"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1157775655658298063"
          ],
          "editableUntil" : "2019-08-03T22:40:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "24",
      "id_str" : "1157775655658298063",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1157775655658298063",
      "created_at" : "Sat Aug 03 22:10:01 +0000 2019",
      "favorited" : false,
      "full_text" : "Thread: our 3-day canoe trip in La Vérendrye 🛶 (1/2)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1152639409077355578"
          ],
          "editableUntil" : "2019-07-20T18:30:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/uYFz8nyG3R",
            "expanded_url" : "https://example.org/cutest-pet-2019/biscuit",
            "display_url" : "example.org/cutest-pet-201…",
            "indices" : [
              "68",
              "91"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "10",
      "id_str" : "1152639409077355578",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1152639409077355578",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jul 20 18:00:24 +0000 2019",
      "favorited" : false,
      "full_text" : "Vote for my cat in the cutest pet contest! Biscuit deserves this 🐱🏆 https://t.co/uYFz8nyG3R",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1139971047677043450"
          ],
          "editableUntil" : "2019-06-15T19:30:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "15",
      "id_str" : "1139971047677043450",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1139971047677043450",
      "created_at" : "Sat Jun 15 19:00:52 +0000 2019",
      "favorited" : false,
      "full_text" : "Je suis tellement fière de ma fille, premier but de la saison! ⚽🥅",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1135554300701388463"
          ],
          "editableUntil" : "2019-06-03T15:00:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "4",
      "id_str" : "1135554300701388463",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1135554300701388463",
      "created_at" : "Mon Jun 03 14:30:17 +0000 2019",
      "favorited" : false,
      "full_text" : "Reminder: EI claimants must complete their biweekly reports on time to avoid payment delays. Questions? DM us. — ESDC Communications",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1131590657388742386"
          ],
          "editableUntil" : "2019-05-23T16:30:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "13",
      "id_str" : "1131590657388742386",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1131590657388742386",
      "created_at" : "Thu May 23 16:00:11 +0000 2019",
      "favorited" : false,
      "full_text" : "Join us at the bake sale Saturday at the community centre! All proceeds go to the kids' soccer club 🧁⚽",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1122500857405852395"
          ],
          "editableUntil" : "2019-04-28T14:30:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "3",
      "id_str" : "1122500857405852395",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1122500857405852395",
      "created_at" : "Sun Apr 28 14:00:34 +0000 2019",
      "favorited" : false,
      "full_text" : "Les crues printanières sont de retour. Pensées pour nos voisins de Gatineau et de Sainte-Marthe-sur-le-Lac 💙",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1104758850766576878"
          ],
          "editableUntil" : "2019-03-10T15:30:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "6",
      "id_str" : "1104758850766576878",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1104758850766576878",
      "created_at" : "Sun Mar 10 15:00:10 +0000 2019",
      "favorited" : false,
      "full_text" : "Daylight saving time should be illegal. I'm a zombie. ☕☕☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1094687632773672225"
          ],
          "editableUntil" : "2019-02-10T20:30:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "21",
      "id_str" : "1094687632773672225",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1094687632773672225",
      "created_at" : "Sun Feb 10 20:00:44 +0000 2019",
      "favorited" : false,
      "full_text" : "Finished The Marrow Thieves last night. Still thinking about it. 📖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1087016936681479224"
          ],
          "editableUntil" : "2019-01-20T16:30:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "16",
      "id_str" : "1087016936681479224",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1087016936681479224",
      "created_at" : "Sun Jan 20 16:00:08 +0000 2019",
      "favorited" : false,
      "full_text" : "-28 ce matin. Les enfants veulent quand même aller glisser. Ils sont fous. On y va 🛷",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1073684081676638067"
          ],
          "editableUntil" : "2018-12-14T21:30:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "16",
      "id_str" : "1073684081676638067",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1073684081676638067",
      "created_at" : "Fri Dec 14 21:00:07 +0000 2018",
      "favorited" : false,
      "full_text" : "Ugly sweater contest at the office holiday lunch. I did not win. My sweater had a light-up Rudolph nose. Robbed. 🦌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1065009627842667292"
          ],
          "editableUntil" : "2018-11-20T23:00:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nadia Haddad",
            "screen_name" : "nadia_haddad",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1604482215",
            "id" : "1604482215"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "18",
      "in_reply_to_status_id_str" : "1064967349060202822",
      "id_str" : "1065009627842667292",
      "in_reply_to_user_id" : "1604482215",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1065009627842667292",
      "in_reply_to_status_id" : "1064967349060202822",
      "created_at" : "Tue Nov 20 22:30:56 +0000 2018",
      "favorited" : false,
      "full_text" : "@nadia_haddad Merci pour la recette! Le pouding chômeur a disparu en dix minutes 😋",
      "lang" : "fr",
      "in_reply_to_screen_name" : "nadia_haddad",
      "in_reply_to_user_id_str" : "1604482215"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1052590304152955734"
          ],
          "editableUntil" : "2018-10-17T16:30:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "6",
      "id_str" : "1052590304152955734",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1052590304152955734",
      "created_at" : "Wed Oct 17 16:00:59 +0000 2018",
      "favorited" : false,
      "full_text" : "Cannabis is legal today. The change in my life: none. I'm 38 and in bed by 9:30 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1046957973778309020"
          ],
          "editableUntil" : "2018-10-02T03:30:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "qc2018",
            "indices" : [
              "69",
              "76"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "18",
      "id_str" : "1046957973778309020",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1046957973778309020",
      "created_at" : "Tue Oct 02 03:00:07 +0000 2018",
      "favorited" : false,
      "full_text" : "Peu importe le résultat, bravo à tous ceux qui ont voté aujourd'hui. #qc2018",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1043228610890008964"
          ],
          "editableUntil" : "2018-09-21T20:30:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "qc2018",
            "indices" : [
              "119",
              "126"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "1",
      "id_str" : "1043228610890008964",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1043228610890008964",
      "created_at" : "Fri Sep 21 20:00:57 +0000 2018",
      "favorited" : false,
      "full_text" : "Élections au Québec : le vote par anticipation, c'est les 23 et 24 septembre. Peu importe votre choix, allez voter! 🗳️ #qc2018",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1033308012105136908"
          ],
          "editableUntil" : "2018-08-25T11:30:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "20",
      "id_str" : "1033308012105136908",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1033308012105136908",
      "created_at" : "Sat Aug 25 11:00:02 +0000 2018",
      "favorited" : false,
      "full_text" : "King Mountain trail at sunrise. Worth the 5 a.m. alarm 🌄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1013452185096051746"
          ],
          "editableUntil" : "2018-07-01T16:30:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "7",
      "id_str" : "1013452185096051746",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1013452185096051746",
      "created_at" : "Sun Jul 01 16:00:04 +0000 2018",
      "favorited" : false,
      "full_text" : "Canicule. 35 degrés, 45 avec l'humidex. On vit dans la piscine gonflable 🥵",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1012349971273561886"
          ],
          "editableUntil" : "2018-06-28T15:30:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "24",
      "id_str" : "1012349971273561886",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1012349971273561886",
      "created_at" : "Thu Jun 28 15:00:16 +0000 2018",
      "favorited" : false,
      "full_text" : "Happy Pride to all my gay and trans friends 🏳️‍🌈 Love you all.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1005162696909869644"
          ],
          "editableUntil" : "2018-06-08T19:30:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "6",
      "id_str" : "1005162696909869644",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1005162696909869644",
      "created_at" : "Fri Jun 08 19:00:36 +0000 2018",
      "favorited" : false,
      "full_text" : "My manager brought cake for the whole floor, best team ever 🎂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "995302786198670271"
          ],
          "editableUntil" : "2018-05-12T14:30:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "20",
      "id_str" : "995302786198670271",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "995302786198670271",
      "created_at" : "Sat May 12 14:00:50 +0000 2018",
      "favorited" : false,
      "full_text" : "Quelqu'un a laissé un bloc de béton au milieu de la piste cyclable 🤨🚲",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "985563452496212666"
          ],
          "editableUntil" : "2018-04-15T17:30:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "12",
      "id_str" : "985563452496212666",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "985563452496212666",
      "created_at" : "Sun Apr 15 17:00:12 +0000 2018",
      "favorited" : false,
      "full_text" : "Anyone know a good plumber in Aylmer? Asking for a (very wet) friend 😭",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "975129886173736925"
          ],
          "editableUntil" : "2018-03-17T22:30:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "17",
      "id_str" : "975129886173736925",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "975129886173736925",
      "created_at" : "Sat Mar 17 22:00:56 +0000 2018",
      "favorited" : false,
      "full_text" : "St. Patrick's party at the pub, everyone in green 🍀🍻",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "966406010908711290"
          ],
          "editableUntil" : "2018-02-21T20:45:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "22",
      "id_str" : "966406010908711290",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "966406010908711290",
      "created_at" : "Wed Feb 21 20:15:22 +0000 2018",
      "favorited" : false,
      "full_text" : "Mes collègues sont des incompétents finis, j'en peux plus de cette équipe de paresseux 😤",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "950348955943671224"
          ],
          "editableUntil" : "2018-01-08T13:20:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "16",
      "id_str" : "950348955943671224",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "950348955943671224",
      "created_at" : "Mon Jan 08 12:50:22 +0000 2018",
      "favorited" : false,
      "full_text" : "Je déteste la pluie. En janvier, c'est encore pire. ☔",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "942137262906467363"
          ],
          "editableUntil" : "2017-12-16T21:30:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ottawa Eats",
            "screen_name" : "ottawa_eats",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "3377045102",
            "id" : "3377045102"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "942137262906467363",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "942137262906467363",
      "created_at" : "Sat Dec 16 21:00:02 +0000 2017",
      "favorited" : false,
      "full_text" : "RT @ottawa_eats: The 10 best tourtières in Ottawa-Gatineau this holiday season, ranked by you, our readers. Number 3 will surprise you 🥧 Fu…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "934436675592181309"
          ],
          "editableUntil" : "2017-11-25T15:30:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "4",
      "id_str" : "934436675592181309",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "934436675592181309",
      "created_at" : "Sat Nov 25 15:00:39 +0000 2017",
      "favorited" : false,
      "full_text" : "Salon du livre de l'Outaouais avec ma grande. On est reparties avec neuf livres. Neuf. 📚",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "919337252722582360"
          ],
          "editableUntil" : "2017-10-14T23:30:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "43",
              "52"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "0",
      "id_str" : "919337252722582360",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "919337252722582360",
      "created_at" : "Sat Oct 14 23:00:56 +0000 2017",
      "favorited" : false,
      "full_text" : "The Leafs are a joke. Every. Single. Year. #GoSensGo 🏒",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "909084585047201618"
          ],
          "editableUntil" : "2017-09-16T16:30:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "2",
      "id_str" : "909084585047201618",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "909084585047201618",
      "created_at" : "Sat Sep 16 16:00:29 +0000 2017",
      "favorited" : false,
      "full_text" : "Je suis bilingual, which means I can be confused in both official languages 🙃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "901451738309666777"
          ],
          "editableUntil" : "2017-08-26T15:00:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "5",
      "id_str" : "901451738309666777",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "901451738309666777",
      "created_at" : "Sat Aug 26 14:30:17 +0000 2017",
      "favorited" : false,
      "full_text" : "Cueillette de bleuets avec les enfants. Il y en avait plus dans leur bouche que dans le panier 💙",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "881271289021898528"
          ],
          "editableUntil" : "2017-07-01T22:30:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "0",
      "id_str" : "881271289021898528",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "881271289021898528",
      "created_at" : "Sat Jul 01 22:00:23 +0000 2017",
      "favorited" : false,
      "full_text" : "Happy 150th, Canada! 🇨🇦🎂 The crowds downtown are bananas",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "873630954416362422"
          ],
          "editableUntil" : "2017-06-10T20:30:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Devon Okafor",
            "screen_name" : "dev_okafor",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "3090412257",
            "id" : "3090412257"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "873585909774394499",
      "id_str" : "873630954416362422",
      "in_reply_to_user_id" : "3090412257",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "873630954416362422",
      "in_reply_to_status_id" : "873585909774394499",
      "created_at" : "Sat Jun 10 20:00:25 +0000 2017",
      "favorited" : false,
      "full_text" : "@dev_okafor Congrats on the new job!! 🎉 They're lucky to have you",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_okafor",
      "in_reply_to_user_id_str" : "3090412257"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "861234240899900174"
          ],
          "editableUntil" : "2017-05-07T15:30:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "6",
      "id_str" : "861234240899900174",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "861234240899900174",
      "created_at" : "Sun May 07 15:00:18 +0000 2017",
      "favorited" : false,
      "full_text" : "Les inondations à Gatineau, c'est terrible. Si vous pouvez aider à remplir des sacs de sable, la Ville a besoin de bras 💪",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "851510172626042047"
          ],
          "editableUntil" : "2017-04-10T19:30:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "4",
      "id_str" : "851510172626042047",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "851510172626042047",
      "created_at" : "Mon Apr 10 19:00:20 +0000 2017",
      "favorited" : false,
      "full_text" : "Ugh, this printer is a useless piece of junk. Third paper jam today 🖨️🔥",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "842128293374989461"
          ],
          "editableUntil" : "2017-03-15T22:10:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "8",
      "id_str" : "842128293374989461",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "842128293374989461",
      "created_at" : "Wed Mar 15 21:40:05 +0000 2017",
      "favorited" : false,
      "full_text" : "My manager is a useless idiot, this team is a joke. How is this the public service? 🙄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "833013237969938300"
          ],
          "editableUntil" : "2017-02-18T18:30:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "3",
      "id_str" : "833013237969938300",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "833013237969938300",
      "created_at" : "Sat Feb 18 18:00:07 +0000 2017",
      "favorited" : false,
      "full_text" : "Patinage sur le canal avec les enfants, puis chocolat chaud. Parfait ⛸️☕",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "818449875354864233"
          ],
          "editableUntil" : "2017-01-09T14:00:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "7",
      "id_str" : "818449875354864233",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "818449875354864233",
      "created_at" : "Mon Jan 09 13:30:31 +0000 2017",
      "favorited" : false,
      "full_text" : "This traffic on the Portage bridge is killing me 🚗🚗🚗",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "806891252354433248"
          ],
          "editableUntil" : "2016-12-08T16:30:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "4",
      "id_str" : "806891252354433248",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "806891252354433248",
      "created_at" : "Thu Dec 08 16:00:40 +0000 2016",
      "favorited" : false,
      "full_text" : "Volunteering at the food bank this Saturday, join us! Bring a friend 🥫",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "797608829886553473"
          ],
          "editableUntil" : "2016-11-13T01:45:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sam Chen",
            "screen_name" : "sam_chen_ott",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2860019934",
            "id" : "2860019934"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "797549941580473160",
      "id_str" : "797608829886553473",
      "in_reply_to_user_id" : "2860019934",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "797608829886553473",
      "in_reply_to_status_id" : "797549941580473160",
      "created_at" : "Sun Nov 13 01:15:38 +0000 2016",
      "favorited" : false,
      "full_text" : "@sam_chen_ott Thanks for the book rec! Started it last night, already halfway through 📚",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_chen_ott",
      "in_reply_to_user_id_str" : "2860019934"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "793226165633782074"
          ],
          "editableUntil" : "2016-10-31T23:30:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Halloween",
            "indices" : [
              "74",
              "84"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "7",
      "id_str" : "793226165633782074",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "793226165633782074",
      "created_at" : "Mon Oct 31 23:00:29 +0000 2016",
      "favorited" : false,
      "full_text" : "Ma fille en dinosaure, mon fils en brocoli. Ne posez pas de questions. 🦖🥦 #Halloween",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "781976984007293076"
          ],
          "editableUntil" : "2016-09-30T22:30:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "5",
      "id_str" : "781976984007293076",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "781976984007293076",
      "created_at" : "Fri Sep 30 22:00:16 +0000 2016",
      "favorited" : false,
      "full_text" : "Fish &amp; chips Friday 🐟🍟",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "767008297795225217"
          ],
          "editableUntil" : "2016-08-20T15:10:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/camille_tn/status/767008297795225217/photo/1",
            "indices" : [
              "43",
              "66"
            ],
            "url" : "https://t.co/0txOchhS9u",
            "media_url" : "http://pbs.twimg.com/media/VFyHSkPEQCXkAA6.jpg",
            "id_str" : "767008277934587330",
            "id" : "767008277934587330",
            "media_url_https" : "https://pbs.twimg.com/media/VFyHSkPEQCXkAA6.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/0txOchhS9u"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "2",
      "id_str" : "767008297795225217",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "767008297795225217",
      "possibly_sensitive" : false,
      "created_at" : "Sat Aug 20 14:40:03 +0000 2016",
      "favorited" : false,
      "full_text" : "Lac Pink this morning. No filter needed. 💚 https://t.co/0txOchhS9u",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/camille_tn/status/767008297795225217/photo/1",
            "indices" : [
              "43",
              "66"
            ],
            "url" : "https://t.co/0txOchhS9u",
            "media_url" : "http://pbs.twimg.com/media/VFyHSkPEQCXkAA6.jpg",
            "id_str" : "767008277934587330",
            "id" : "767008277934587330",
            "media_url_https" : "https://pbs.twimg.com/media/VFyHSkPEQCXkAA6.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/0txOchhS9u"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "754050555803102985"
          ],
          "editableUntil" : "2016-07-15T21:00:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jules Bergeron 🚲",
            "screen_name" : "jules_bergeron",
            "indices" : [
              "39",
              "54"
            ],
            "id_str" : "715283946",
            "id" : "715283946"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "2",
      "id_str" : "754050555803102985",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "754050555803102985",
      "created_at" : "Fri Jul 15 20:30:36 +0000 2016",
      "favorited" : false,
      "full_text" : "The party last night was great, thanks @jules_bergeron for hosting 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "736965474420575306"
          ],
          "editableUntil" : "2016-05-29T17:30:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "5",
      "id_str" : "736965474420575306",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "736965474420575306",
      "created_at" : "Sun May 29 17:00:35 +0000 2016",
      "favorited" : false,
      "full_text" : "10 km en 58 minutes à la course ce matin. Pas mal pour une maman de deux! 🏃‍♀️",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "734066430734280781"
          ],
          "editableUntil" : "2016-05-21T17:30:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "5",
      "id_str" : "734066430734280781",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "734066430734280781",
      "created_at" : "Sat May 21 17:00:50 +0000 2016",
      "favorited" : false,
      "full_text" : "Kids' soccer season starts! Two practices a week, orange slices at half-time, the whole deal ⚽🍊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "721352693032153783"
          ],
          "editableUntil" : "2016-04-16T15:30:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "3",
      "id_str" : "721352693032153783",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "721352693032153783",
      "created_at" : "Sat Apr 16 15:00:58 +0000 2016",
      "favorited" : false,
      "full_text" : "Le printemps est enfin arrivé... non attendez, il neige encore 🙃",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "712368337410608716"
          ],
          "editableUntil" : "2016-03-22T20:30:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "budget2016",
            "indices" : [
              "87",
              "98"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "8",
      "id_str" : "712368337410608716",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "712368337410608716",
      "created_at" : "Tue Mar 22 20:00:21 +0000 2016",
      "favorited" : false,
      "full_text" : "The Liberal government tabled its first budget today. Lots of reading for the weekend. #budget2016",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "696476206711998183"
          ],
          "editableUntil" : "2016-02-08T00:00:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "SB50",
            "indices" : [
              "56",
              "61"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "4",
      "id_str" : "696476206711998183",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "696476206711998183",
      "created_at" : "Sun Feb 07 23:30:42 +0000 2016",
      "favorited" : false,
      "full_text" : "Not watching for the football, watching for the nachos. #SB50 🏈",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "689085045592444845"
          ],
          "editableUntil" : "2016-01-18T14:30:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "689085045592444845",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "689085045592444845",
      "created_at" : "Mon Jan 18 14:00:52 +0000 2016",
      "favorited" : false,
      "full_text" : "Using the conservative estimate, the basement reno will take three months. Realistic estimate: eight. 🔨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "682710416092111867"
          ],
          "editableUntil" : "2016-01-01T00:20:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "7",
      "id_str" : "682710416092111867",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "682710416092111867",
      "created_at" : "Thu Dec 31 23:50:21 +0000 2015",
      "favorited" : false,
      "full_text" : "Bye 2015! Thanks for the memories and the grey hairs 🥂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "670663527774147701"
          ],
          "editableUntil" : "2015-11-28T18:30:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "1",
      "id_str" : "670663527774147701",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "670663527774147701",
      "created_at" : "Sat Nov 28 18:00:20 +0000 2015",
      "favorited" : false,
      "full_text" : "Premier vrai flocon de neige. Les enfants sont déjà dehors en habit de neige ☃️",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "656326609874371387"
          ],
          "editableUntil" : "2015-10-20T05:00:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "4",
      "id_str" : "656326609874371387",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "656326609874371387",
      "created_at" : "Tue Oct 20 04:30:32 +0000 2015",
      "favorited" : false,
      "full_text" : "Whatever your politics, that was a big night. Now, sleep. 😴",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "656246139894876668"
          ],
          "editableUntil" : "2015-10-19T23:40:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TeamTrudeau",
            "indices" : [
              "33",
              "45"
            ]
          },
          {
            "text" : "elxn42",
            "indices" : [
              "59",
              "66"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "8",
      "id_str" : "656246139894876668",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "656246139894876668",
      "created_at" : "Mon Oct 19 23:10:46 +0000 2015",
      "favorited" : false,
      "full_text" : "Proud to vote Liberal today ❤️🇨🇦 #TeamTrudeau all the way! #elxn42",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "647206588525981276"
          ],
          "editableUntil" : "2015-09-25T01:00:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "débatdeschefs",
            "indices" : [
              "43",
              "57"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "3",
      "id_str" : "647206588525981276",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "647206588525981276",
      "created_at" : "Fri Sep 25 00:30:49 +0000 2015",
      "favorited" : false,
      "full_text" : "Le débat des chefs ce soir, popcorn prêt 🍿 #débatdeschefs",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "628535863530925167"
          ],
          "editableUntil" : "2015-08-04T12:30:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "elxn42",
            "indices" : [
              "80",
              "87"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "7",
      "id_str" : "628535863530925167",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "628535863530925167",
      "created_at" : "Tue Aug 04 12:00:02 +0000 2015",
      "favorited" : false,
      "full_text" : "Election called. That's a 78-day campaign! Make sure you're registered to vote. #elxn42",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "612656426080454928"
          ],
          "editableUntil" : "2015-06-21T16:50:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "6",
      "id_str" : "612656426080454928",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "612656426080454928",
      "created_at" : "Sun Jun 21 16:20:49 +0000 2015",
      "favorited" : false,
      "full_text" : "Fière de mes racines autochtones 🪶 Bonne Journée nationale des peuples autochtones!",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "604648582445563198"
          ],
          "editableUntil" : "2015-05-30T14:30:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marie Lapointe",
            "screen_name" : "marie_lapointe",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "2214587730",
            "id" : "2214587730"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "604627442582962151",
      "id_str" : "604648582445563198",
      "in_reply_to_user_id" : "2214587730",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "604648582445563198",
      "in_reply_to_status_id" : "604627442582962151",
      "created_at" : "Sat May 30 14:00:30 +0000 2015",
      "favorited" : false,
      "full_text" : "@marie_lapointe Yes! Saturday works, I'll bring the hummus 🥙",
      "lang" : "en",
      "in_reply_to_screen_name" : "marie_lapointe",
      "in_reply_to_user_id_str" : "2214587730"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "590296404333677379"
          ],
          "editableUntil" : "2015-04-21T00:00:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "4",
      "id_str" : "590296404333677379",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "590296404333677379",
      "created_at" : "Mon Apr 20 23:30:04 +0000 2015",
      "favorited" : false,
      "full_text" : "Mac &amp; cheese &gt; everything. Fight me. 🧀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "574585365252749572"
          ],
          "editableUntil" : "2015-03-08T15:30:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "4",
      "id_str" : "574585365252749572",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "574585365252749572",
      "created_at" : "Sun Mar 08 15:00:01 +0000 2015",
      "favorited" : false,
      "full_text" : "Journée internationale des femmes 💜 Merci à toutes les femmes qui m'ont ouvert la voie.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "566680933368928115"
          ],
          "editableUntil" : "2015-02-14T20:00:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "8",
      "id_str" : "566680933368928115",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "566680933368928115",
      "created_at" : "Sat Feb 14 19:30:37 +0000 2015",
      "favorited" : false,
      "full_text" : "Winterlude ice sculptures with the kids, then BeaverTails, obviously. Cinnamon sugar everywhere 🥶",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "557161955999863282"
          ],
          "editableUntil" : "2015-01-19T13:35:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "7",
      "id_str" : "557161955999863282",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "557161955999863282",
      "created_at" : "Mon Jan 19 13:05:36 +0000 2015",
      "favorited" : false,
      "full_text" : "I hate Mondays.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "547952520395700790"
          ],
          "editableUntil" : "2014-12-25T03:40:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "547952520395700790",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "547952520395700790",
      "created_at" : "Thu Dec 25 03:10:35 +0000 2014",
      "favorited" : false,
      "full_text" : "Joyeux Noël! Merry Christmas! 🎄",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "533772717767793319"
          ],
          "editableUntil" : "2014-11-16T00:35:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "6",
      "id_str" : "533772717767793319",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "533772717767793319",
      "created_at" : "Sun Nov 16 00:05:07 +0000 2014",
      "favorited" : false,
      "full_text" : "Soupe tonkinoise maison pour souper. Ma grand-mère serait fière 🍜",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "524993607824370567"
          ],
          "editableUntil" : "2014-10-22T19:10:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "0",
      "id_str" : "524993607824370567",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "524993607824370567",
      "created_at" : "Wed Oct 22 18:40:04 +0000 2014",
      "favorited" : false,
      "full_text" : "Thinking of everyone downtown today. Stay safe, Ottawa. ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "506781136592784691"
          ],
          "editableUntil" : "2014-09-02T13:00:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "6",
      "id_str" : "506781136592784691",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "506781136592784691",
      "created_at" : "Tue Sep 02 12:30:13 +0000 2014",
      "favorited" : false,
      "full_text" : "First day of school for the little one. I did not cry. (I cried.) 🎒",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "498499048838741078"
          ],
          "editableUntil" : "2014-08-10T16:30:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "3",
      "id_str" : "498499048838741078",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "498499048838741078",
      "created_at" : "Sun Aug 10 16:00:09 +0000 2014",
      "favorited" : false,
      "full_text" : "Finally framed my liberal arts degree. Only took eight years 😅🎓",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "484173488435847070"
          ],
          "editableUntil" : "2014-07-02T03:45:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "4",
      "id_str" : "484173488435847070",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "484173488435847070",
      "created_at" : "Wed Jul 02 03:15:29 +0000 2014",
      "favorited" : false,
      "full_text" : "Canada Day fireworks 🇨🇦🎆",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "481616748390320955"
          ],
          "editableUntil" : "2014-06-25T02:25:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "6",
      "id_str" : "481616748390320955",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "481616748390320955",
      "created_at" : "Wed Jun 25 01:55:55 +0000 2014",
      "favorited" : false,
      "full_text" : "Bonne Saint-Jean à tous! ⚜️🎉",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "468111304467328000"
          ],
          "editableUntil" : "2014-05-18T20:00:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "3",
      "id_str" : "468111304467328000",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "468111304467328000",
      "created_at" : "Sun May 18 19:30:06 +0000 2014",
      "favorited" : false,
      "full_text" : "Première randonnée de la saison dans le parc de la Gatineau. Les mouches noires sont déjà là 🦟😩",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "450373220162493719"
          ],
          "editableUntil" : "2014-03-30T21:15:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "7",
      "id_str" : "450373220162493719",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "450373220162493719",
      "created_at" : "Sun Mar 30 20:45:17 +0000 2014",
      "favorited" : false,
      "full_text" : "Green tea and a good book on a grey Sunday. Perfect. 🍵📚",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "437409086586355457"
          ],
          "editableUntil" : "2014-02-23T02:40:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoCanadaGo",
            "indices" : [
              "66",
              "77"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "2",
      "id_str" : "437409086586355457",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "437409086586355457",
      "created_at" : "Sun Feb 23 02:10:27 +0000 2014",
      "favorited" : false,
      "full_text" : "Canada vs Sweden for gold tomorrow morning. Setting three alarms. #GoCanadaGo 🇨🇦🏒",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "427139413635552929"
          ],
          "editableUntil" : "2014-01-25T18:32:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "2",
      "id_str" : "427139413635552929",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "427139413635552929",
      "created_at" : "Sat Jan 25 18:02:26 +0000 2014",
      "favorited" : false,
      "full_text" : "Il fait -32 avec le facteur vent. Je déteste l'hiver ce matin, mais j'adore la poudreuse cet après-midi ❄️⛷️",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "422387572120207682"
          ],
          "editableUntil" : "2014-01-12T15:50:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "422387572120207682",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "422387572120207682",
      "created_at" : "Sun Jan 12 15:20:19 +0000 2014",
      "favorited" : false,
      "full_text" : "First tweet! Finally caved. Hello Twitter 👋",
      "lang" : "en"
    }
  }
]