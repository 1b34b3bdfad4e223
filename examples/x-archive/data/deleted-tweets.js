window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1803777318818866415"
          ],
          "editableUntil" : "2024-06-20T13:40:00.000Z",
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
        "71"
      ],
      "favorite_count" : "18",
      "id_str" : "1803777318818866415",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1803777318818866415",
      "created_at" : "Thu Jun 20 13:10:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Anyone else's internet down in Hull? Working from home is not working 🙃",
      "lang" : "en",
      "deleted_at" : "2024-06-20T15:02:31.000Z"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1703086350253135271"
          ],
          "editableUntil" : "2023-09-16T17:10:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "cdnpoli",
            "indices" : [
              "95",
              "103"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "5",
      "id_str" : "1703086350253135271",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1703086350253135271",
      "created_at" : "Sat Sep 16 16:40:02 +0000 2023",
      "favorited" : false,
      "full_text" : "The Conservatives are a danger to this country. Never voting for them, and neither should you. #cdnpoli",
      "lang" : "en",
      "deleted_at" : "2025-03-02T18:11:45.000Z"
    }
  }
]